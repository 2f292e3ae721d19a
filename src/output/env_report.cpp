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

// The go section of one context, as lines under its context names.
std::string go_text(const simulation::GoReport& go) {
  using Kind = simulation::RunningGo::Kind;
  if (go.running.kind == Kind::NotFound) return "none: `go` is \"command not found\" there\n";
  if (go.running.kind == Kind::Unknown) return "not known: " + go.running.why_unknown + "\n";
  const simulation::GoBinary& binary = go.running.go;
  std::string from = go.entry_from.short_text();
  std::string out = binary.describe() + "\n";
  // ~/sdk/go1.22.3/bin/go rather than /Users/me/sdk/go1.22.3/bin/go, as in the rest.
  auto shorten = [&](std::string text) {
    if (go.home.empty() || go.home == "/") return text;
    for (size_t at = text.find(go.home + "/"); at != std::string::npos;
         at = text.find(go.home + "/", at + 1)) {
      text.replace(at, go.home.size(), "~");
    }
    return text;
  };
  out += fmt::format("      found in '{}', PATH entry {} ({})\n", binary.dir, binary.entry + 1,
                     from.empty() ? "starting environment" : from);
  out += go.goroot.empty() ? fmt::format("      GOROOT {}\n", go.goroot_why)
                           : fmt::format("      GOROOT {} ({})\n", go.goroot, go.goroot_why);
  return shorten(out);
}

std::string render_go_text(const std::vector<ContextReport>& reports) {
  std::vector<std::pair<std::string, std::vector<std::string>>> groups;
  for (const ContextReport& report : reports) {
    if (!report.go) return "";
    std::string text = go_text(*report.go);
    auto found = std::find_if(groups.begin(), groups.end(),
                              [&](const auto& group) { return group.first == text; });
    if (found == groups.end()) {
      groups.push_back({text, {}});
      found = groups.end() - 1;
    }
    found->second.push_back(report.context.name());
  }
  std::string out = "\ngo (the first `go` on PATH, looked up on the disk)\n";
  for (const auto& [text, contexts] : groups) {
    out += fmt::format("  {}: {}", joined(contexts), text);
  }
  return out;
}

Json go_json(const simulation::GoReport& go) {
  using Kind = simulation::RunningGo::Kind;
  Json out = Json::object();
  out["status"] = go.running.kind == Kind::Found      ? "found"
                  : go.running.kind == Kind::NotFound ? "not_found"
                                                      : "unknown";
  if (go.running.kind == Kind::Unknown) out["why_unknown"] = go.running.why_unknown;
  if (go.running.kind != Kind::Found) return out;
  const simulation::GoBinary& binary = go.running.go;
  auto or_null = [](const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); };
  out["path"] = binary.path;
  out["real_path"] = binary.real_path;
  out["install"] = binary.install ? Json(binary.install->describe()) : Json(nullptr);
  out["version"] = or_null(binary.version);
  out["path_entry"] = binary.dir;
  out["path_entry_index"] = binary.entry + 1;
  out["path_entry_set_at"] = or_null(go.entry_from.text());
  out["goroot"] = or_null(go.goroot);
  out["goroot_why"] = go.goroot_why;
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
  return out + render_go_text(reports);
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
    Json context = {{"context", report.context.name()},
                    {"platform", std::string(startup::to_string(report.context.platform))},
                    {"files", report.files},
                    {"variables", std::move(variables)}};
    if (report.go) context["go"] = go_json(*report.go);
    all.push_back(std::move(context));
  }
  return all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace rclint::output
