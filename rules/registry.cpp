#include "registry.h"

#include <algorithm>
#include <array>

namespace rclint::rules {

extern const lint::Rule bad_suppression;
extern const lint::Rule binary_file;
extern const lint::Rule crlf_line_endings;
extern const lint::Rule file_too_large;
extern const lint::Rule go111module_set;
extern const lint::Rule go_build_env_global;
extern const lint::Rule go_env_invalid;
extern const lint::Rule gopath_is_goroot;
extern const lint::Rule gopath_relative;
extern const lint::Rule invalid_utf8;
extern const lint::Rule io_error;
extern const lint::Rule parse_error;
extern const lint::Rule path_overwrite;
extern const lint::Rule source_cycle;

namespace {
// Sorted by name; tests/unit/lint_test.cpp checks the order.
constexpr std::array kRules{
    &bad_suppression, &binary_file,     &crlf_line_endings, &file_too_large,  &go_build_env_global,
    &go_env_invalid,  &go111module_set, &gopath_is_goroot,  &gopath_relative, &invalid_utf8,
    &io_error,        &parse_error,     &path_overwrite,    &source_cycle,
};
}  // namespace

std::span<const lint::Rule* const> all() { return kRules; }

const lint::Rule* find(std::string_view name) {
  auto found = std::find_if(kRules.begin(), kRules.end(),
                            [&](const lint::Rule* rule) { return rule->name == name; });
  return found == kRules.end() ? nullptr : *found;
}

}  // namespace rclint::rules
