#include "output/github.h"

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join moved here in fmt 11

#include "output/format.h"

namespace rclint::output {
namespace {

std::string escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string properties(const Diagnostic& d) {
  std::string out = fmt::format("file={}", escape_github_property(d.where.file));
  const Location& w = d.where;
  if (w.has_position()) {
    out += fmt::format(",line={}", w.line);
    if (w.column > 0) out += fmt::format(",col={}", w.column);
    if (w.end_line >= w.line) {
      out += fmt::format(",endLine={}", w.end_line);
      if (w.end_column > 0) out += fmt::format(",endColumn={}", w.end_column);
    }
  }
  out += fmt::format(",title={}", escape_github_property(fmt::format("rclint ({})", d.rule)));
  return out;
}

std::string location_text(const Location& where) {
  if (!where.has_position()) return where.file;
  return fmt::format("{}:{}:{}", where.file, where.line, where.column);
}

std::string message(const Diagnostic& d) {
  std::string out = d.message;
  for (const Note& note : d.notes) {
    out += note.where ? fmt::format("\nnote: {}: {}", location_text(*note.where), note.message)
                      : fmt::format("\nnote: {}", note.message);
  }
  if (!d.contexts.empty()) out += fmt::format("\nnote: affects {}", fmt::join(d.contexts, ", "));
  if (!d.help.empty()) out += fmt::format("\nhelp: {}", d.help);
  return out;
}

}  // namespace

std::string escape_github_data(std::string_view text) { return escape(text, false); }

std::string escape_github_property(std::string_view text) { return escape(text, true); }

std::string render_github(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    out += fmt::format("::{} {}::{}\n", severity_word(d.severity, "notice"), properties(d),
                       escape_github_data(message(d)));
  }
  return out;
}

}  // namespace rclint::output
