#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "diagnostics/filter.h"
#include "source/layout.h"
#include "startup/context.h"

namespace rclint::cli {

// `.rclint.toml` (README, "Configuration"; the README copies this block):
//
//   select = ["path-overwrite", "goroot-set"]   # only these rules (default: all; "all" = all)
//   ignore = ["path-duplicate-entry"]           # never these ("all" = every rule)
//   extend = "../common.toml"                   # read this config first, then let this file
//                                               # override it key by key; a relative path is
//                                               # relative to the directory of this file
//   max-file-size = "2MB"                       # skip larger files; an integer is bytes, a
//                                               # string is N, NB, NKB, NMB or NGB (1024-based,
//                                               # case-insensitive; default 2MB)
//   layout = "auto"                             # auto | plain | stow | chezmoi
//   platform = "debian"                         # debian | macos
//   contexts = ["zsh:login", "zsh:script"]      # contexts checked when --context is not given
//
//   [severity]                                  # rule = error | warning | info
//   path-duplicate-entry = "warning"
//
//   [per-file-ignores]                          # glob = [rules] ("all" = every rule)
//   "zsh/plugins/**" = ["output-in-noninteractive"]
//
//   [files]                                     # dotfiles repo path = home path
//   "shell/zshrc" = ".zshrc"
//
// Globs: `*` and `?` stop at `/`, `**` crosses it, `[abc]`/`[!abc]` are classes. A glob matches
// a finding's file as reported (relative to the home or as named) or any tail of it that starts
// after a `/`, so "zsh/plugins/**" matches both "zsh/plugins/x.zsh" and "~/zsh/plugins/x.zsh".
//
// With `extend`, the extending file wins: a key it sets replaces the extended value (`select`
// and `ignore` lists included), while [severity], [per-file-ignores] and [files] are merged
// entry by entry. Chains may nest up to 16 files; a file that extends itself, directly or
// through others, is an error. Every error is reported as `file:line:column: message`.

/// A parsed, validated configuration. Unset keys stay nullopt / empty so that the CLI can tell
/// "not configured" from a value, and layer its flags on top. `select`, `ignore`, `severity` and
/// `per_file_ignores` come from diagnostics::RuleSettings, the part diagnostics::apply() reads.
struct Config : diagnostics::RuleSettings {
  std::optional<uint64_t> max_file_size;  // bytes, > 0
  std::optional<source::LayoutKind> layout;
  std::optional<startup::Platform> platform;
  std::optional<std::vector<std::string>> contexts;  // validated names: "zsh:login" …
  std::map<std::string, std::string> files;          // dotfiles path → home path, as written
  std::vector<std::string> sources;  // config files read, the innermost extended first
};

/// Returns the content of the file at `path`, or nullopt when it cannot be read. Injected so
/// that tests use a map and the CLI the disk (style.md §8).
using ConfigReader = std::function<std::optional<std::string>(const std::string& path)>;

/// Reads and validates the config at `path`, following `extend`. `known_rules` are the rule
/// names of the registry (for validation and "did you mean"). On failure the Error holds one
/// line per problem, each `path:line:column: message`, sorted by position.
Result<Config> load_config(const std::string& path,
                           const std::vector<std::string_view>& known_rules,
                           const ConfigReader& read_file);

/// As load_config, for text already in memory; `path` names it in messages and anchors a
/// relative `extend`, whose target is read through `read_file`.
Result<Config> parse_config(std::string_view text, const std::string& path,
                            const std::vector<std::string_view>& known_rules,
                            const ConfigReader& read_file);

/// Parses a size: "2MB", "512 KB", "100B", "4096" (bytes); units B, KB, MB, GB are 1024-based and
/// case-insensitive. nullopt for anything else, zero, or a value past 2^64.
std::optional<uint64_t> parse_size(std::string_view text);

/// Where the config is looked for when `--config` is not given (spec §3), in order:
/// `<home>/.rclint.toml`, then `<xdg_config_home>/rclint/config.toml`. The caller passes
/// $XDG_CONFIG_HOME, or `$HOME/.config` when that is unset or empty; an empty or relative
/// `xdg_config_home` is skipped, as the XDG Base Directory spec asks.
std::vector<std::string> config_candidates(const std::string& home,
                                           const std::string& xdg_config_home);

}  // namespace rclint::cli
