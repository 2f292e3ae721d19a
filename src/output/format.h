#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/severity.h"

namespace rclint::output {

/// The output formats of spec §4, as named by `--format`.
enum class Format { Text, Gcc, Json, Sarif, Github };

/// "text", "gcc", "json", "sarif" or "github"; nullopt for anything else (exact, lowercase).
std::optional<Format> parse_format(std::string_view name);

/// The `--format` name of `format`; the inverse of parse_format.
std::string_view to_string(Format format);

/// What SARIF's tool.driver.rules says about one rule. Output cannot include rules/ (it sits
/// below it in the layering, style.md §2), so cli/ copies the registry into these.
struct RuleInfo {
  std::string name;
  Severity severity = Severity::Warning;
  std::string summary;
  std::string rationale;  // Markdown
};

/// Everything a format may need besides the diagnostics themselves.
struct RenderOptions {
  bool color = false;                     // ANSI colors; only the text format uses them
  const SourceLookup* sources = nullptr;  // not owned; may be null (then no source snippets)
  std::string tool_version;               // SARIF tool.driver.version
  std::vector<RuleInfo> rules;            // SARIF tool.driver.rules, in this order
};

/// "error" / "warning", and for Info the word the target format uses ("note" for gcc and
/// SARIF, "notice" for GitHub annotations).
std::string_view severity_word(Severity severity, std::string_view info_word);

/// Renders `diagnostics` in `format`. They are printed in the order given: callers sort and
/// filter first. The result is the complete output, ending in a newline unless it is empty
/// (text and gcc print nothing for no findings; json prints `[]`).
std::string render(const std::vector<Diagnostic>& diagnostics, Format format,
                   const RenderOptions& options);

}  // namespace rclint::output
