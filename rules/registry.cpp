#include "registry.h"

#include <algorithm>
#include <array>

namespace rclint::rules {

extern const lint::Rule bad_suppression;
extern const lint::Rule bash_profile_skips_bashrc;
extern const lint::Rule binary_file;
extern const lint::Rule crlf_line_endings;
extern const lint::Rule env_interactive_only;
extern const lint::Rule file_too_large;
extern const lint::Rule invalid_utf8;
extern const lint::Rule io_error;
extern const lint::Rule not_exported;
extern const lint::Rule parse_error;
extern const lint::Rule path_overwrite;
extern const lint::Rule profile_shadowed;
extern const lint::Rule source_cycle;
extern const lint::Rule use_before_set;
extern const lint::Rule zdotdir_too_late;

namespace {
// Sorted by name; tests/unit/lint_test.cpp checks the order.
constexpr std::array kRules{
    &bad_suppression,      &bash_profile_skips_bashrc,
    &binary_file,          &crlf_line_endings,
    &env_interactive_only, &file_too_large,
    &invalid_utf8,         &io_error,
    &not_exported,         &parse_error,
    &path_overwrite,       &profile_shadowed,
    &source_cycle,         &use_before_set,
    &zdotdir_too_late,
};
}  // namespace

std::span<const lint::Rule* const> all() { return kRules; }

const lint::Rule* find(std::string_view name) {
  auto found = std::find_if(kRules.begin(), kRules.end(),
                            [&](const lint::Rule* rule) { return rule->name == name; });
  return found == kRules.end() ? nullptr : *found;
}

}  // namespace rclint::rules
