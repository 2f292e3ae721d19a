#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/severity.h"

namespace rclint::diagnostics {

/// The part of `.rclint.toml` that decides which findings show and how (cli::Config extends
/// it, so that this layer need not know the config file). "all" in a list means every rule.
struct RuleSettings {
  std::optional<std::vector<std::string>> select;  // nullopt: every rule
  std::optional<std::vector<std::string>> ignore;
  std::map<std::string, Severity> severity;                          // rule → severity
  std::map<std::string, std::vector<std::string>> per_file_ignores;  // glob → rules
};

/// Returns the text of a file named as in Location::file, or nullopt when it is not known.
using FileText = std::function<std::optional<std::string_view>(std::string_view file)>;

struct FilterOptions {
  const RuleSettings* config = nullptr;  // null: no config; must outlive apply()
  /// --select: when not empty, replaces the config's `select`, and a rule named here shows even
  /// if the config ignores it (the command line is the more specific wish).
  std::vector<std::string> select;
  std::vector<std::string> ignore;  // --ignore: added to the config's `ignore`
  /// Gives the text to read suppression comments from; null: no suppressions.
  FileText file_text;
  /// Files (as in Location::file) to read directives from even when they have no finding, so
  /// that a misspelled directive in an otherwise clean file is still reported. Files that have
  /// a finding are read in any case.
  std::vector<std::string> files;
  std::vector<std::string_view> known_rules;  // for bad-suppression and its "did you mean"
};

/// Turns the runner's raw findings into the reported ones:
/// 1. adds a `bad-suppression` finding for each bad directive in the files read;
/// 2. drops findings hidden by a suppression comment, by select/ignore (command line and
///    config) or by a [per-file-ignores] glob that matches the finding's file (file_matches());
/// 3. applies [severity] overrides;
/// 4. merges findings of one cause (same rule, place, message, help and fix; the runner checks
///    each context on its own): the union of their contexts, sorted, every note once, and the
///    worst severity;
/// 5. sorts with report_order (stable, so equal keys keep the runner's order).
std::vector<Diagnostic> apply(std::vector<Diagnostic> diagnostics, const FilterOptions& options);

/// fnmatch-style match of a whole path: `*` and `?` match within one path segment, `**` across
/// segments (`a/**/b` matches a/b and a/x/y/b), `[abc]`, `[a-z]` and `[!abc]` one character of
/// a class. Other characters match themselves; a `[` without its `]` is literal.
bool glob_match(std::string_view glob, std::string_view path);

/// Does a per-file-ignores glob match `file` (as in Location::file)? True when it matches the
/// whole name or a tail of it that starts after a `/`, so that "zsh/plugins/**" matches
/// "zsh/plugins/a.zsh", "~/zsh/plugins/a.zsh" and "/home/me/zsh/plugins/a.zsh".
bool file_matches(std::string_view glob, std::string_view file);

/// 1 if a finding is at or above `fail_at`, else 0 (the CLI reports usage and I/O errors as 2).
int exit_code(const std::vector<Diagnostic>& diagnostics, Severity fail_at = Severity::Info);

}  // namespace rclint::diagnostics
