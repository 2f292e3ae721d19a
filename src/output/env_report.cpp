#include "output/env_report.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace rclint::output {

using simulation::ContextReport;
using simulation::VariableReport;
using Json = nlohmann::ordered_json;

namespace {

// What a person needs besides the value: exported or not, exact or not, where it was set.
std::string facts(const VariableReport& v) {
  std::vector<std::string> parts;
  if (!v.exported) parts.push_back("not exported");
  if (v.maybe_unset) parts.push_back("set only on some paths");
  if (!v.exact && !v.maybe_unset) parts.push_back("not exact");
  std::string where = v.set_at.short_text();
  parts.push_back(where.empty() ? "from the starting environment" : "set at " + where);
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : "; ") + part;
  return out;
}

// Contexts whose variable came out the same, in the order of the first.
struct Group {
  std::vector<std::string> contexts;
  const VariableReport* variable = nullptr;
};

bool same_outcome(const VariableReport& a, const VariableReport& b) {
  if (a.value != b.value || a.exact != b.exact || a.exported != b.exported ||
      a.maybe_unset != b.maybe_unset || a.set_at.short_text() != b.set_at.short_text() ||
      a.entries.size() != b.entries.size()) {
    return false;
  }
  for (size_t i = 0; i < a.entries.size(); ++i) {
    if (a.entries[i].from.short_text() != b.entries[i].from.short_text()) return false;
  }
  return true;
}

std::vector<Group> groups(const std::vector<ContextReport>& reports, size_t index) {
  std::vector<Group> out;
  for (const ContextReport& report : reports) {
    const VariableReport& variable = report.variables[index];
    auto found = std::find_if(out.begin(), out.end(),
                              [&](const Group& g) { return same_outcome(*g.variable, variable); });
    if (found == out.end()) {
      out.push_back({{}, &variable});
      found = out.end() - 1;
    }
    found->contexts.push_back(report.context.name());
  }
  return out;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

}  // namespace

std::string render_env_text(const std::vector<ContextReport>& reports, bool explain) {
  if (reports.empty()) return "no context to show\n";
  std::string out;
  for (size_t i = 0; i < reports.front().variables.size(); ++i) {
    const std::string& name = reports.front().variables[i].name;
    if (!out.empty()) out += '\n';
    out += name + '\n';
    for (const Group& group : groups(reports, i)) {
      const VariableReport& v = *group.variable;
      std::string contexts = joined(group.contexts);
      if (!v.value) {
        out += fmt::format("  {}: unset\n", contexts);
        continue;
      }
      if (explain && !v.entries.empty()) {
        out += fmt::format("  {}: {}\n", contexts, facts(v));
        size_t width = 0;
        for (const auto& entry : v.entries) width = std::max(width, entry.text.size());
        int n = 0;
        for (const auto& entry : v.entries) {
          std::string where = entry.from.short_text();
          out +=
              fmt::format("    {:>2}  {:<{}}  {}\n", ++n, entry.text.empty() ? "\"\"" : entry.text,
                          width, where.empty() ? "starting environment" : where);
        }
        continue;
      }
      out += fmt::format("  {}: {}\n      ({})\n", contexts, v.value->empty() ? "\"\"" : *v.value,
                         facts(v));
    }
  }
  return out;
}

std::string render_env_json(const std::vector<ContextReport>& reports) {
  Json all = Json::array();
  for (const ContextReport& report : reports) {
    Json variables = Json::object();
    for (const VariableReport& v : report.variables) {
      Json entry = {{"value", v.value ? Json(*v.value) : Json(nullptr)},
                    {"exact", v.exact},
                    {"exported", v.exported},
                    {"set_at", v.set_at.text().empty() ? Json(nullptr) : Json(v.set_at.text())},
                    {"maybe_unset", v.maybe_unset}};
      if (!v.entries.empty()) {
        Json entries = Json::array();
        for (const auto& e : v.entries) {
          entries.push_back(
              {{"value", e.text},
               {"exact", e.exact},
               {"set_at", e.from.text().empty() ? Json(nullptr) : Json(e.from.text())},
               {"how", e.from.how}});
        }
        entry["entries"] = std::move(entries);
      }
      variables[v.name] = std::move(entry);
    }
    all.push_back({{"context", report.context.name()},
                   {"platform", std::string(startup::to_string(report.context.platform))},
                   {"files", report.files},
                   {"variables", std::move(variables)}});
  }
  return all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace rclint::output
