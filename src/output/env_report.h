#pragma once

#include <string>
#include <vector>

#include "simulation/environment_report.h"

namespace rclint::output {

/// `rclint env` as text: per variable, the contexts grouped by identical outcome, each with
/// the value (unknown parts as ${?…}), whether it is exported and where it was set. With
/// `explain`, list variables (PATH …) show one numbered entry per line with its file:line.
std::string render_env_text(const std::vector<simulation::ContextReport>& reports, bool explain);

/// `rclint env --format json` (spec §4): an array, one object per context:
/// {"context","platform","files":[…],"variables":{"NAME":{"value","exact","exported","set_at",
///  "maybe_unset","entries":[{"value","exact","set_at","how"}]}}}
std::string render_env_json(const std::vector<simulation::ContextReport>& reports);

}  // namespace rclint::output
