#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace rclint::output {

/// One line per finding, `file:line:col: warning: message [rule]`, the shape that Vim's
/// 'errorformat', Emacs' compilation-mode and VS Code's $gcc problem matcher read. Info findings
/// print as `note`, gcc's word; file-level findings (line 0) as line 1, column 1, since those
/// matchers require a position. No notes, no summary; empty for no findings.
std::string render_gcc(const std::vector<Diagnostic>& diagnostics);

}  // namespace rclint::output
