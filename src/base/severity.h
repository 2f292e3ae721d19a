#pragma once

#include <optional>
#include <string_view>

namespace rclint {

/// How bad a finding is. Ordered: Info < Warning < Error.
enum class Severity { Info, Warning, Error };

/// "info", "warning" or "error".
std::string_view to_string(Severity severity);

/// Parses "info" / "warning" / "error" (and "note" as info); nullopt otherwise.
std::optional<Severity> parse_severity(std::string_view text);

}  // namespace rclint
