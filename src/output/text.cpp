#include "output/text.h"

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join moved here in fmt 11

#include <cstddef>
#include <utility>

#include "base/text.h"

namespace rclint::output {
namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kGutter = "\x1b[1;34m";  // rustc's bold blue

std::string_view severity_style(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "\x1b[1;31m";
    case Severity::Warning:
      return "\x1b[1;33m";
    case Severity::Info:
      return "\x1b[1;36m";
  }
  return kBold;
}

/// Wraps text in an ANSI style, or leaves it alone when color is off.
class Painter {
 public:
  explicit Painter(bool enabled) : enabled_(enabled) {}
  std::string operator()(std::string_view style, std::string_view text) const {
    if (!enabled_ || text.empty()) return std::string(text);
    return fmt::format("{}{}{}", style, text, kReset);
  }

 private:
  bool enabled_;
};

// UTF-8 continuation bytes take no column of their own: one character, one column. Wide
// (East Asian) characters would need two; startup files rarely hold them, so we accept that.
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string location_text(const Location& where) {
  if (!where.has_position()) return where.file;
  if (where.column == 0) return fmt::format("{}:{}", where.file, where.line);
  return fmt::format("{}:{}:{}", where.file, where.line, where.column);
}

/// What goes under a source line: blanks up to the range, then its carets.
struct CaretLine {
  std::string pad;
  std::string carets;
};

/// The caret line under `line` for the byte columns [column, end) (1-based, end exclusive).
/// Tabs stay tabs so the carets line up at any tab width; a range with nothing visible in it
/// (empty, past the end of the line, or only tabs) still gets one caret at its start.
CaretLine caret_line(std::string_view line, uint32_t column, uint32_t end) {
  const size_t start = column == 0 ? 0 : column - 1;
  std::string pad;
  for (size_t i = 0; i < start; ++i) {
    if (i >= line.size()) {
      pad += ' ';
    } else if (line[i] == '\t') {
      pad += '\t';
    } else if (!is_continuation(line[i])) {
      pad += ' ';
    }
  }
  std::string carets;
  bool visible = false;
  for (size_t i = start; i + 1 < end && i < line.size(); ++i) {
    if (line[i] == '\t') {
      carets += '\t';
    } else if (!is_continuation(line[i])) {
      carets += '^';
      visible = true;
    }
  }
  // Not `carets = "^"`: g++ 12 warns falsely (-Wrestrict) on assigning a one-character literal,
  // https://gcc.gnu.org/bugzilla/show_bug.cgi?id=105329.
  if (!visible) return {std::move(pad), std::string(1, '^')};
  return {std::move(pad), std::move(carets)};
}

/// The end column of `where` on its first line: the end of the line for a multi-line range.
uint32_t first_line_end(const Location& where, std::string_view line) {
  if (where.end_line > where.line) return static_cast<uint32_t>(line.size()) + 1;
  return where.end_column;
}

void append_snippet(std::string& out, const Diagnostic& d, const RenderOptions& options,
                    const Painter& paint) {
  if (options.sources == nullptr) return;
  const std::optional<std::string_view> line =
      options.sources->line_text(d.where.file, d.where.line);
  if (!line) return;
  const std::string number = std::to_string(d.where.line);
  const std::string blank(number.size(), ' ');
  const std::string shown = printable(*line);
  out += fmt::format("{} {}\n", paint(kGutter, fmt::format(" {} |", number)), shown);
  // Carets are placed on the raw line: printable() turned each control byte into one
  // character, so the columns still match what is shown above them.
  const CaretLine under = caret_line(*line, d.where.column, first_line_end(d.where, *line));
  out += fmt::format("{} {}{}\n", paint(kGutter, fmt::format(" {} |", blank)), under.pad,
                     paint(severity_style(d.severity), under.carets));
}

void append_trailer(std::string& out, std::string_view kind, std::string_view text,
                    const Painter& paint) {
  out += fmt::format("   {} {}: {}\n", paint(kGutter, "="), paint(kBold, kind), printable(text));
}

void append_finding(std::string& out, const Diagnostic& d, const RenderOptions& options) {
  const Painter paint(options.color);
  const std::string label = fmt::format("{}[{}]", to_string(d.severity), d.rule);
  out += fmt::format("{}: {}: {}\n", paint(kBold, printable(location_text(d.where))),
                     paint(severity_style(d.severity), printable(label)), printable(d.message));
  if (d.where.has_position()) append_snippet(out, d, options, paint);
  for (const Note& note : d.notes) {
    if (note.where) {
      append_trailer(out, "note", fmt::format("{}: {}", location_text(*note.where), note.message),
                     paint);
    } else {
      append_trailer(out, "note", note.message, paint);
    }
  }
  if (!d.contexts.empty()) {
    append_trailer(out, "note", fmt::format("affects {}", fmt::join(d.contexts, ", ")), paint);
  }
  if (!d.help.empty()) append_trailer(out, "help", d.help, paint);
}

std::string plural(size_t count, std::string_view noun) {
  return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

}  // namespace

// "Found 3 findings (1 error, 2 warnings)." Zero counts are left out. "info" stays uninflected
// ("2 info"), since "2 infos" reads as a typo.
std::string findings_summary(const std::vector<Diagnostic>& diagnostics) {
  size_t errors = 0, warnings = 0, infos = 0;
  for (const Diagnostic& d : diagnostics) {
    switch (d.severity) {
      case Severity::Error:
        ++errors;
        break;
      case Severity::Warning:
        ++warnings;
        break;
      case Severity::Info:
        ++infos;
        break;
    }
  }
  std::vector<std::string> parts;
  if (errors > 0) parts.push_back(plural(errors, "error"));
  if (warnings > 0) parts.push_back(plural(warnings, "warning"));
  if (infos > 0) parts.push_back(fmt::format("{} info", infos));
  return fmt::format("Found {} ({}).\n", plural(diagnostics.size(), "finding"),
                     fmt::join(parts, ", "));
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x80) {
      // A valid UTF-8 sequence is copied; a stray byte (a Latin-1 file) becomes U+FFFD, one
      // character per byte like the control pictures below, so carets stay aligned.
      size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
      std::string_view sequence = text.substr(i, length);
      if (length > 1 && sequence.size() == length && text::is_valid_utf8(sequence)) {
        out += sequence;
        i += length - 1;
      } else {
        out += "\uFFFD";
      }
    } else if (byte == '\t' || (byte >= 0x20 && byte != 0x7F)) {
      out += static_cast<char>(byte);
    } else if (byte == 0x7F) {
      out += "\u2421";  // ␡
    } else {
      // U+2400 + byte: ␀ … ␟, encoded as E2 90 (80 + byte).
      out += "\xE2\x90";
      out += static_cast<char>(0x80 + byte);
    }
  }
  return out;
}

std::string render_text(const std::vector<Diagnostic>& diagnostics, const RenderOptions& options) {
  if (diagnostics.empty()) return "";
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    append_finding(out, d, options);
    out += '\n';
  }
  out += findings_summary(diagnostics);
  return out;
}

}  // namespace rclint::output
