#pragma once

// rclint(1): the man page, written from the same text as `rclint --help` and the rules'
// metadata (`rclint explain`), so that it cannot drift from them. `meson install` installs it.

#include <string>

namespace rclint::cli {

/// The roff source of rclint(1).
std::string man_page();

}  // namespace rclint::cli
