#pragma once

// `--baseline FILE`: findings recorded earlier (`rclint --format json > FILE`) are hidden, so
// that rclint can be adopted on an old dotfiles repository and fail only on new problems.
// A recorded finding matches by rule, file and message, not by line: an edit above it does not
// bring it back. Each recorded finding hides one finding (the same message twice in a file
// needs two records).

#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "base/diagnostic.h"
#include "base/result.h"

namespace rclint::diagnostics {

struct Baseline {
  std::map<std::tuple<std::string, std::string, std::string>, int> recorded;  // rule, file, message
};

/// Reads the JSON `rclint --format json` writes; `name` is for messages.
Result<Baseline> parse_baseline(std::string_view json_text, std::string_view name);

/// `diagnostics` without the recorded ones; `hidden` counts them.
std::vector<Diagnostic> without_baseline(std::vector<Diagnostic> diagnostics,
                                         const Baseline& baseline, size_t* hidden = nullptr);

}  // namespace rclint::diagnostics
