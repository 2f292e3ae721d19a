#include "simulation/environment_report.h"

#include <fmt/format.h>

#include <algorithm>

namespace rclint::simulation {

using startup::Origin;
using startup::Value;
using startup::Variable;

std::string Provenance::text() const {
  if (!file) return how;
  return line == 0 ? *file : fmt::format("{}:{}", *file, line);
}

std::string Provenance::short_text() const {
  if (!file) return how.empty() ? "" : how;
  std::string where = line == 0 ? short_file : fmt::format("{}:{}", short_file, line);
  return how.empty() || how == short_file ? where : fmt::format("{} ({})", where, how);
}

namespace {

Provenance provenance(const Origin& origin) {
  Provenance out;
  out.how = origin.note;
  if (origin.file != nullptr) {
    out.file = origin.file->display();
    out.short_file = origin.file->shell_name();
    out.line = origin.file->position(origin.offset).line;
  } else if (!origin.note.empty() && origin.note[0] == '/') {
    // A stock system file modelled as data: named, without a line ("/etc/zprofile → …").
    size_t arrow = origin.note.find(" → ");
    out.file = origin.note.substr(0, arrow);
    out.short_file = *out.file;
    out.how = arrow == std::string::npos ? "" : origin.note.substr(arrow + 5);
  }
  return out;
}

// The origin of an entry: its first known piece (the directory's own text).
Origin entry_origin(const Value& entry) {
  for (const startup::Piece& piece : entry.pieces()) {
    if (piece.known) return piece.origin;
  }
  return entry.pieces().empty() ? Origin{} : entry.pieces().front().origin;
}

VariableReport report(const std::string& name, const startup::StaticEnv& env) {
  VariableReport out;
  out.name = name;
  const Variable* variable = env.find(name);
  if (variable == nullptr && !env.taint().empty()) {
    // Unset as far as rclint can tell, but unknown code ran that may have set it.
    out.value = Value::unknown(env.taint()).render();
    out.exact = false;
    out.maybe_unset = true;
    return out;
  }
  if (variable == nullptr) return out;
  out.value = variable->value.render();
  out.exact = variable->value.exact() && !variable->maybe_unset;
  out.maybe_unset = variable->maybe_unset;
  out.exported = variable->exported;
  out.set_at = provenance(variable->set_at);
  if (is_list_variable(name) && variable->value.is_empty() != true) {
    for (const Value& entry : variable->value.split(':')) {
      out.entries.push_back({entry.render(), entry.exact(), provenance(entry_origin(entry))});
    }
  }
  return out;
}

GoReport go_report(const startup::LoadOrder& order, const GoLookup& lookup) {
  GoReport out;
  out.home = lookup.home;
  const Variable* path = order.environment.find("PATH");
  if (path == nullptr) return out;
  out.running =
      running_go(path->value, *lookup.facts, *lookup.installs, order.context.platform, lookup.home);
  if (out.running.kind != RunningGo::Kind::Found) return out;
  std::vector<Value> entries = path->value.split(':');
  out.entry_from = provenance(entry_origin(entries.at(out.running.go.entry)));
  const Variable* goroot = order.environment.find("GOROOT");
  std::optional<std::string> set = goroot != nullptr && goroot->exported && !goroot->maybe_unset
                                       ? goroot->value.text()
                                       : std::optional<std::string>("");
  const GoBinary& binary = out.running.go;
  if (!set) {
    out.goroot_why = "exported with a value rclint cannot know";
  } else if (!set->empty()) {
    out.goroot = *set;
    std::string where = provenance(goroot->set_at).short_text();
    out.goroot_why = where.empty() ? "set in the starting environment" : "set at " + where;
    if (lookup.facts->is_missing(*set)) {
      out.goroot_why += "; it does not exist: every go command fails";
    } else if (!binary.root.empty() &&
               lookup.facts->real_path(*set).value_or(*set) != binary.real_root) {
      out.goroot_why +=
          fmt::format("; this go's own root is {}: two toolchains mixed", binary.root);
    }
  } else if (!binary.root.empty()) {
    out.goroot = binary.root;
    out.goroot_why = "unset: go finds its root from where its binary is";
  } else {
    out.goroot_why = "unset, and this go is in no go installation (a shim or a copy)";
  }
  return out;
}

bool wants_go_report(const std::vector<std::string>& names) {
  return std::any_of(names.begin(), names.end(), [](const std::string& name) {
    return name == "PATH" || name.starts_with("GO");
  });
}

}  // namespace

bool is_list_variable(const std::string& name) {
  static const std::vector<std::string> kLists{"PATH",        "FPATH",      "MANPATH",
                                               "INFOPATH",    "CDPATH",     "GOPATH",
                                               "MODULE_PATH", "PYTHONPATH", "LD_LIBRARY_PATH"};
  return std::find(kLists.begin(), kLists.end(), name) != kLists.end();
}

std::vector<ContextReport> environment_report(const std::vector<startup::LoadOrder>& orders,
                                              std::vector<std::string> names,
                                              const std::vector<std::string>& toolchain,
                                              const GoLookup& go) {
  if (names.empty()) {
    names.push_back("PATH");
    for (const std::string& name : toolchain) {
      // Set by a startup file somewhere (not only zsh's own FPATH or the starting environment).
      bool set = std::any_of(orders.begin(), orders.end(), [&](const startup::LoadOrder& order) {
        const Variable* variable = order.environment.find(name);
        return variable != nullptr &&
               (variable->set_at.file != nullptr || !variable->set_at.note.empty());
      });
      if (set) names.push_back(name);
    }
  }
  std::vector<ContextReport> reports;
  for (const startup::LoadOrder& order : orders) {
    ContextReport context_report;
    context_report.context = order.context;
    for (const startup::LoadedFile& file : order.files) context_report.files.push_back(file.path);
    for (const std::string& name : names) {
      context_report.variables.push_back(report(name, order.environment));
    }
    if (go.facts != nullptr && go.installs != nullptr && wants_go_report(names)) {
      context_report.go = go_report(order, go);
    }
    reports.push_back(std::move(context_report));
  }
  return reports;
}

}  // namespace rclint::simulation
