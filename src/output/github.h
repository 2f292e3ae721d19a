#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace rclint::output {

/// GitHub Actions workflow commands, one per finding:
/// `::warning file=F,line=L,col=C,endLine=..,endColumn=..,title=rclint (RULE)::MESSAGE`
/// (`error`, `warning`, or `notice` for info). A file-level finding has only `file=`. Notes,
/// contexts and help follow the message as further lines of the annotation (escaped `%0A`),
/// since an annotation is all a pull-request reviewer sees. Empty for no findings.
std::string render_github(const std::vector<Diagnostic>& diagnostics);

/// Escapes a workflow command's message: `%`, CR and LF (GitHub's toolkit escapeData).
std::string escape_github_data(std::string_view text);

/// Escapes a workflow command's property value: escape_github_data plus `:` and `,`, which
/// would end the value (GitHub's toolkit escapeProperty).
std::string escape_github_property(std::string_view text);

}  // namespace rclint::output
