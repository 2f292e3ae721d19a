#pragma once

// `--statistics`: how many findings each rule has, instead of the findings (as Ruff does), for
// a first look at an old dotfiles repository or to choose what to --ignore.

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "output/format.h"

namespace rclint::output {

/// One line per rule with findings, most first: count, severity, rule, summary; then the usual
/// "Found …" line. `json`: [{"rule","severity","count"}] in the same order.
std::string render_statistics(const std::vector<Diagnostic>& diagnostics,
                              const std::vector<RuleInfo>& rules, bool json);

}  // namespace rclint::output
