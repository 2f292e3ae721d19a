#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace rclint::cli {

/// `rclint explain RULE`: summary, severity, rationale, bad and good example. An unknown name
/// is an error with a "did you mean".
Result<std::string> explain_rule(std::string_view name);

/// `rclint rules`: "text" (aligned columns), "json" (array of {name, severity, summary}) or
/// "markdown" (the README's rule table, between its markers), "man" (rclint(1), man_page.h).
Result<std::string> list_rules(std::string_view format);

}  // namespace rclint::cli
