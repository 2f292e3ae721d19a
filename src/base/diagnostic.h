#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/severity.h"

namespace rclint {

/// A place in a file: 1-based line and column (columns count bytes, as gcc and Vim do).
/// `end_*` is exclusive of the last column (a span of one character at column 5 ends at 6).
/// A line of 0 means "the file as a whole".
struct Location {
  std::string file;  // as shown to the user: as named on the command line, or relative to the home
  uint32_t line = 0;
  uint32_t column = 0;
  uint32_t end_line = 0;
  uint32_t end_column = 0;

  bool has_position() const { return line != 0; }
  friend bool operator==(const Location&, const Location&) = default;
  friend auto operator<=>(const Location&, const Location&) = default;
};

/// A related place that explains a finding ("GOPATH is set here, in ~/.zshrc").
/// Without a location it is a plain note ("in zsh:login, ~/.zprofile runs before ~/.zshrc").
struct Note {
  std::optional<Location> where;
  std::string message;
  friend bool operator==(const Note&, const Note&) = default;
};

/// A mechanical, safe edit that fixes a finding: replace `range` by `replacement`.
/// rclint never applies it; it is shown (JSON, SARIF, --diff).
struct Fix {
  Location range;
  std::string replacement;
  friend bool operator==(const Fix&, const Fix&) = default;
};

/// One finding. `rule` is the kebab-case rule name (also its code).
struct Diagnostic {
  std::string rule;
  Severity severity = Severity::Warning;
  Location where;
  std::string message;
  std::vector<std::string> contexts;  // "zsh:login" …, sorted; empty when not tied to a context
  std::vector<Note> notes;
  std::string help;  // the concrete fix in words; empty when there is none
  std::optional<Fix> fix;
  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

/// Orders diagnostics for output: file, line, column, rule, message.
bool report_order(const Diagnostic& a, const Diagnostic& b);

/// Gives output formats the text of a source line, so that `base/` needs no file access.
class SourceLookup {
 public:
  virtual ~SourceLookup() = default;
  /// The text of 1-based `line` of `file` (as in Location::file), without its line ending;
  /// nullopt when the file or line is unknown.
  virtual std::optional<std::string_view> line_text(std::string_view file, uint32_t line) const = 0;
  /// The whole text of `file`; nullopt when it is not known.
  virtual std::optional<std::string_view> file_text(std::string_view file) const {
    (void)file;
    return std::nullopt;
  }
};

}  // namespace rclint
