#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace rclint::diagnostics {

// Suppression comments (README, "Suppressing findings"; the README copies this block):
//
//   export PATH=/opt/go/bin  # rclint disable=path-overwrite
//       At the end of a line: hides those rules' findings that start on this line.
//   # rclint disable=path-overwrite,goroot-set
//       Alone on its line: hides them on the next line that is neither blank nor only a comment,
//       so a directive may sit above a block of comments that explains it.
//   # rclint disable-file=output-in-noninteractive
//       Anywhere in the file: hides those rules' findings everywhere in this file.
//
//   - Rule names are separated by commas (spaces around them allowed); `all` means every rule.
//     Text after the list is free (`# rclint disable=path-overwrite  built from scratch here`),
//     and spaces around `=` are allowed.
//   - A finding belongs to the line where it starts, so a directive above a command that spans
//     several lines (a `\` continuation, a multi-line string) covers it; one in its middle does
//     not.
//   - A directive may follow another comment on the same line
//     (`# shellcheck disable=SC2034 # rclint disable=path-overwrite`).
//   - An unknown rule name, or `# rclint WORD=` with WORD other than disable/disable-file, is a
//     `bad-suppression` warning at the name, with a "did you mean" when one is close.
//
// Limits: `#` starts a comment at the start of a line or after a blank or one of `;&|()`, and not
// inside '…', "…" or $'…' quotes that open and close on the same line. rclint does not track
// quotes across lines, so a `# rclint` line inside a multi-line string or a heredoc body counts
// as a directive. Directives are read as text: one in a file the shells never read still works.

/// The directives of one file.
struct Suppressions {
  std::map<uint32_t, std::vector<std::string>> lines;  // 1-based line → rules ("all" = every)
  std::vector<std::string> whole_file;                 // from disable-file
  std::vector<Diagnostic> problems;                    // bad-suppression findings

  /// Is a finding of `rule` that starts on `line` (0: about the whole file) hidden?
  bool suppresses(std::string_view rule, uint32_t line) const;
};

/// Reads the directives of `text`; `file` is the name to put in problems' locations (as in
/// Location::file) and `known_rules` the registry's names. Handles \n and \r\n line endings.
Suppressions find_suppressions(std::string_view text, std::string_view file,
                               const std::vector<std::string_view>& known_rules);

}  // namespace rclint::diagnostics
