#pragma once

// What `rclint env` shows: the final variables of each context, each with where it was set
// and, for colon-separated lists (PATH, FPATH, GOPATH …), where each entry came from.

#include <optional>
#include <string>
#include <vector>

#include "simulation/running_go.h"
#include "startup/load_order.h"

namespace rclint::simulation {

/// Where a value or entry was written: the file and line (display name for machines,
/// shell name for people), and how when it is not the file's own text ("brew shellenv").
struct Provenance {
  std::optional<std::string> file;  // null: the starting environment
  std::string short_file;           // "~/.zprofile", "/etc/zprofile"
  uint32_t line = 0;                // 0: no line (a stock file modelled as data)
  std::string how;
  std::string text() const;        // "file:line", "file", or ""
  std::string short_text() const;  // "~/.zprofile:3 (brew shellenv)"
};

struct EntryReport {
  std::string text;  // with unknown parts as ${?…}
  bool exact = true;
  Provenance from;
};

struct VariableReport {
  std::string name;
  std::optional<std::string> value;  // null: unset
  bool exact = true;
  bool maybe_unset = false;
  bool exported = false;
  Provenance set_at;
  std::vector<EntryReport> entries;  // for list variables
};

/// Which go a context runs, found on the disk (only where rclint looks at it): "why does
/// `go version` say 1.19 here?".
struct GoReport {
  RunningGo running;
  Provenance entry_from;   // who put running.go.dir on PATH
  std::string goroot;      // the root that go uses ("" when not known)
  std::string goroot_why;  // "set at ~/.zshrc:3", "unset: go finds its root from …"
  std::string home;        // for display: paths under it are shown as ~/…
};

struct ContextReport {
  startup::Context context;
  std::vector<std::string> files;  // absolute, in load order
  std::vector<VariableReport> variables;
  std::optional<GoReport> go;
};

/// What the go report needs from the disk; null facts: no go report.
struct GoLookup {
  const FileFacts* facts = nullptr;
  const GoInstalls* installs = nullptr;
  std::string home;
};

/// Variables whose value is a colon-separated list of directories.
bool is_list_variable(const std::string& name);

/// One report per order. `names` empty: PATH, then each of `toolchain` that a startup file
/// sets in at least one context. With `go.facts`, and PATH or a Go variable among the names,
/// each report says which go runs.
std::vector<ContextReport> environment_report(const std::vector<startup::LoadOrder>& orders,
                                              std::vector<std::string> names,
                                              const std::vector<std::string>& toolchain,
                                              const GoLookup& go = {});

}  // namespace rclint::simulation
