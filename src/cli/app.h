#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace rclint::cli {

/// What rclint reads from the process: only cli/ touches the real environment (style.md §2).
struct ProcessEnvironment {
  std::string cwd;                             // absolute
  std::optional<std::string> home;             // $HOME
  std::optional<std::string> xdg_config_home;  // $XDG_CONFIG_HOME
  bool no_color = false;                       // $NO_COLOR set and non-empty
  bool stdout_is_terminal = false;
  std::string host_platform = "debian";
  std::string uid = "1000";  // getuid(): what `id -u` gives when auditing this machine
  /// Reads all of stdin (`--stdin-filename`); nullopt when it cannot.
  std::function<std::optional<std::string>()> read_stdin;
};

struct Outcome {
  int exit_code = 0;
  std::string out;  // stdout
  std::string err;  // stderr
};

/// Runs one rclint command line (without argv[0]) to completion. Never throws for bad input:
/// usage, config and I/O problems become messages and exit code 2.
Outcome run(const std::vector<std::string>& argv, const ProcessEnvironment& environment);

}  // namespace rclint::cli
