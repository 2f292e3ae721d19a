#pragma once

// Which `go` a shell runs, found on the filesystem as execvp would (the first PATH entry with
// an executable `go`), and which install that binary belongs to: the audit's answer to "why
// does `go version` say 1.19 when I installed 1.22?".

#include <optional>
#include <string>
#include <string_view>

#include "simulation/file_facts.h"
#include "simulation/go_installs.h"
#include "startup/value.h"

namespace rclint::simulation {

/// A `go` binary on disk.
struct GoBinary {
  std::string dir;        // the PATH entry that holds it ("/usr/bin")
  size_t entry = 0;       // that entry's index in PATH
  std::string path;       // "/usr/bin/go"
  std::string real_path;  // every link resolved: "/usr/lib/go-1.19/bin/go"
  std::string root;       // the GOROOT it finds by itself; "": none (a shim, a wrapper script)
  std::string real_root;  // `root` with every link resolved
  std::string version;    // the root's VERSION ("go1.19.8"); "": not known
  std::optional<GoInstallMatch> install;  // the known install it is part of

  /// "/usr/bin/go → /usr/lib/go-1.19/bin/go (Debian's golang, go1.19.8)".
  std::string describe() const;
  /// The same toolchain: the same root, else the same binary, else the same known install.
  bool same_go(const GoBinary& other) const;
};

struct RunningGo {
  enum class Kind {
    Found,     // `go` is the binary below
    NotFound,  // no entry holds one: "command not found"
    Unknown,   // an entry before any go is not known (a command substitution) or relative
  } kind = Kind::NotFound;
  GoBinary go;
  std::string why_unknown;  // "PATH entry 2 (${?$(brew --prefix)}/bin) is not known"
};

/// The go a shell whose PATH is `path` runs.
RunningGo running_go(const startup::Value& path, const FileFacts& facts, const GoInstalls& installs,
                     startup::Platform platform, std::string_view home);

/// The go in directory `dir` (a PATH entry, or a GOROOT's bin), if `dir/go` is an executable
/// file.
std::optional<GoBinary> go_in(const std::string& dir, const FileFacts& facts,
                              const GoInstalls& installs, startup::Platform platform,
                              std::string_view home);

/// The go installed at `root` (a GOROOT value), described like a go found on PATH; nullopt
/// when `root/bin/go` is not an executable file.
std::optional<GoBinary> go_at_root(const std::string& root, const FileFacts& facts,
                                   const GoInstalls& installs, startup::Platform platform,
                                   std::string_view home);

/// What makes `goroot` unusable as GOROOT, and what the go command then does; nullopt when it
/// is a go installation (a directory with bin/go and src/runtime).
struct GoRootProblem {
  std::string what;         // "does not exist", "has no src/runtime"
  std::string consequence;  // "every go command fails: go: cannot find GOROOT directory: …"
};
std::optional<GoRootProblem> goroot_problem(const std::string& goroot, const FileFacts& facts);

}  // namespace rclint::simulation
