#pragma once

#include <span>
#include <string_view>

#include "lint/rule.h"

namespace rclint::rules {

/// Every rule, sorted by name (style.md §3: one greppable list).
std::span<const lint::Rule* const> all();

/// The rule called `name`, or nullptr.
const lint::Rule* find(std::string_view name);

}  // namespace rclint::rules
