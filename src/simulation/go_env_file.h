#pragma once

// The file `go env -w` writes (cmd/go/internal/cfg.EnvFile): where the go command looks for it
// given the environment a shell passes on, and what it holds, read as go reads it. Its values
// apply only where the environment does not set the same variable.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "simulation/file_facts.h"
#include "startup/static_value.h"

namespace rclint::simulation {

struct GoEnvFileLocation {
  std::string path;   // absolute; "": go reads none (GOENV=off, a relative $XDG_CONFIG_HOME)
  std::string why;    // "GOENV", "$XDG_CONFIG_HOME/go/env", "the default on debian"
  bool known = true;  // false: the location depends on a value rclint cannot know
};

/// Where go looks, for a go started with `env`'s exported variables: $GOENV, else
/// os.UserConfigDir()/go/env, which is $XDG_CONFIG_HOME or ~/.config on Linux and
/// ~/Library/Application Support on macOS (which ignores XDG_CONFIG_HOME).
GoEnvFileLocation go_env_file_location(const startup::StaticEnv& env, startup::Platform platform);

/// One `NAME=VALUE` line, as go reads it: no quoting, no trimming.
struct GoEnvFileSetting {
  std::string name;
  std::string value;
  source::Range line;  // the whole line, without its newline
};

/// The settings go takes from the file's text: lines with a `=` whose first character is an
/// uppercase letter; for a name given twice, the later line.
std::vector<GoEnvFileSetting> parse_go_env_file(std::string_view text);

struct GoEnvFile {
  GoEnvFileLocation location;
  const source::SourceFile* file = nullptr;  // null: absent, unreadable, or not known
  std::vector<GoEnvFileSetting> settings;
};

/// `go env NAME` where the environment go gets does not set NAME: the go env file's value, read
/// through `fs` as go reads it; nullopt when the environment sets NAME or the file does not.
/// `unknown` becomes true when rclint cannot tell (where the file is, or whether it exists,
/// depends on what it cannot know, or `scope` may not look there).
std::optional<std::string> go_env_file_value(const std::string& name,
                                             const startup::EvalScope& scope,
                                             const source::FileSystem& fs, bool& unknown);

/// The go env file a go started with `env` reads, loaded through `facts`.
GoEnvFile read_go_env_file(const startup::StaticEnv& env, startup::Platform platform,
                           const FileFacts& facts);

}  // namespace rclint::simulation
