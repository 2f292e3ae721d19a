#pragma once

// The known go installs (known_commands.toml [[go_install]]): which install a GOROOT value or
// a PATH entry names, so that the Go rules can tell "GOROOT is Homebrew's go, PATH runs the
// go.dev one" without a line of code per install.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "startup/context.h"
#include "startup/value.h"

namespace rclint::simulation {

/// One place a go toolchain is installed. Patterns: `~` is the home, one `*` the version.
struct GoInstall {
  std::string name;                      // "Homebrew's go"; different names, different installs
  std::vector<std::string> roots;        // its GOROOT, as go finds it by itself
  std::vector<std::string> other_roots;  // also its GOROOT, but not a stable name (the Cellar)
  std::vector<std::string> bins;         // PATH entries that hold its `go`
  std::vector<std::string> shared_bins;  // hold its `go` only when it is installed and linked,
                                         // among other commands (/opt/homebrew/bin, /usr/bin)
  std::optional<startup::Platform> platform;
};

/// A GOROOT or a PATH entry recognised as (part of) a known install.
struct GoInstallMatch {
  const GoInstall* install = nullptr;
  std::string version;    // what `*` matched; "": any version (a shim, a `current` link)
  bool standard = false;  // a root: one of `roots` (not `other_roots`)
  bool shared = false;    // a PATH entry: one of `shared_bins`
  std::string root;       // the standard root when it is known ("" for a shim)

  /// Same install: same name, and no two different known versions.
  bool same_install(const GoInstallMatch& other) const;
  /// "Homebrew's go", "golang.org/dl go 1.22.0".
  std::string describe() const;
};

class GoInstalls {
 public:
  /// The installs of known_commands.toml's [[go_install]] tables, checked: each has a name,
  /// and a pattern one `*` at most.
  static Result<GoInstalls> from(std::vector<GoInstall> installs);

  /// The install whose root `dir` is (a GOROOT value; trailing slashes ignored).
  std::optional<GoInstallMatch> root(std::string_view dir, startup::Platform platform,
                                     std::string_view home) const;
  /// The install whose `go` the PATH entry `dir` holds.
  std::optional<GoInstallMatch> bin(std::string_view dir, startup::Platform platform,
                                    std::string_view home) const;
  const std::vector<GoInstall>& installs() const { return installs_; }

 private:
  std::vector<GoInstall> installs_;
};

/// Which go a PATH runs, compared with a GOROOT: the rules goroot-set and goroot-mismatch.
struct GoRootOnPath {
  enum class Kind {
    Same,     // GOROOT's own bin (or its install's) comes first among the go installs on PATH
    Other,    // another install's bin comes first (`entry`, `match`)
    None,     // no known go install on PATH
    Unknown,  // an entry rclint cannot know comes before any of them
  } kind = Kind::None;
  size_t entry = 0;  // into the entries: the deciding one (Same, Other)
  std::optional<GoInstallMatch> match;
};

/// `goroot`: an exact GOROOT; `entries`: PATH split at ':'.
GoRootOnPath go_root_on_path(const GoInstalls& installs, const std::string& goroot,
                             const std::vector<startup::Value>& entries, startup::Platform platform,
                             std::string_view home);

/// `dir` without trailing slashes ("/usr/local/go/" → "/usr/local/go"; "/" stays).
std::string trim_slashes(std::string_view dir);

}  // namespace rclint::simulation
