#include "output/format.h"

#include <array>
#include <utility>

#include "output/gcc.h"
#include "output/github.h"
#include "output/json.h"
#include "output/sarif.h"
#include "output/text.h"

namespace rclint::output {
namespace {

constexpr std::array<std::pair<std::string_view, Format>, 5> kNames{{
    {"text", Format::Text},
    {"gcc", Format::Gcc},
    {"json", Format::Json},
    {"sarif", Format::Sarif},
    {"github", Format::Github},
}};

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  for (const auto& [text, format] : kNames) {
    if (text == name) return format;
  }
  return std::nullopt;
}

std::string_view to_string(Format format) {
  for (const auto& [text, candidate] : kNames) {
    if (candidate == format) return text;
  }
  return "text";
}

std::string render(const std::vector<Diagnostic>& diagnostics, Format format,
                   const RenderOptions& options) {
  switch (format) {
    case Format::Text:
      return render_text(diagnostics, options);
    case Format::Gcc:
      return render_gcc(diagnostics);
    case Format::Json:
      return render_json(diagnostics);
    case Format::Sarif:
      return render_sarif(diagnostics, options);
    case Format::Github:
      return render_github(diagnostics);
  }
  return render_text(diagnostics, options);
}

std::string_view severity_word(Severity severity, std::string_view info_word) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return info_word;
  }
  return "warning";
}

}  // namespace rclint::output
