#pragma once

// Shell completion for rclint, written from the option table of `rclint --help`, the rules'
// names and the contexts' names, so that it cannot drift from them. `meson install` installs
// both scripts where bash-completion and zsh look for them.

#include <string>
#include <string_view>

#include "base/result.h"

namespace rclint::cli {

/// The completion script for `shell` ("bash" or "zsh"); an error for any other shell.
Result<std::string> completion_script(std::string_view shell);

}  // namespace rclint::cli
