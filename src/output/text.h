#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "output/format.h"

namespace rclint::output {

/// The human format (rustc/Ruff style): a header line per finding, the source line with a
/// caret span when `options.sources` knows it, notes, contexts and help, then a summary.
/// Empty for no findings. ANSI colors only when `options.color`.
std::string render_text(const std::vector<Diagnostic>& diagnostics, const RenderOptions& options);

/// "Found 3 findings (1 error, 2 warnings).\n"
std::string findings_summary(const std::vector<Diagnostic>& diagnostics);

/// `text` with C0 control characters (except tab) and DEL shown as their Unicode control
/// pictures (ESC → ␛). Source lines and messages quote startup files, which may hold escape
/// sequences; printed raw they would recolor or rewrite the user's terminal, and a newline
/// would break line-oriented formats. Each picture is one column wide, as the byte was.
std::string printable(std::string_view text);

}  // namespace rclint::output
