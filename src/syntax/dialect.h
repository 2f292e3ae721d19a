#pragma once

#include <string_view>

namespace rclint::syntax {

/// The grammar a file is read with. Posix is dash / `sh`: no arrays, no `[[`, no `source`.
enum class Dialect { Bash, Zsh, Posix };

std::string_view to_string(Dialect dialect);

}  // namespace rclint::syntax
