#include "registry.h"

#include <algorithm>
#include <array>

namespace rclint::rules {

extern const lint::Rule bad_suppression;
extern const lint::Rule bash_profile_skips_bashrc;
extern const lint::Rule bashism_in_profile;
extern const lint::Rule binary_file;
extern const lint::Rule crlf_line_endings;
extern const lint::Rule env_interactive_only;
extern const lint::Rule file_too_large;
extern const lint::Rule go_build_env_global;
extern const lint::Rule go_env_file_conflict;
extern const lint::Rule go_env_invalid;
extern const lint::Rule go_shadowed;
extern const lint::Rule go111module_set;
extern const lint::Rule gobin_not_on_path;
extern const lint::Rule gopath_is_goroot;
extern const lint::Rule gopath_relative;
extern const lint::Rule goroot_mismatch;
extern const lint::Rule goroot_missing;
extern const lint::Rule goroot_set;
extern const lint::Rule homebrew_cellar_path;
extern const lint::Rule interactive_only_in_zshenv;
extern const lint::Rule invalid_utf8;
extern const lint::Rule io_error;
extern const lint::Rule not_exported;
extern const lint::Rule output_in_noninteractive;
extern const lint::Rule parse_error;
extern const lint::Rule path_duplicate_entry;
extern const lint::Rule path_empty_entry;
extern const lint::Rule path_missing_dir;
extern const lint::Rule path_overwrite;
extern const lint::Rule path_reordered_by_path_helper;
extern const lint::Rule path_tilde_in_quotes;
extern const lint::Rule profile_shadowed;
extern const lint::Rule source_cycle;
extern const lint::Rule source_missing;
extern const lint::Rule use_before_set;
extern const lint::Rule wrong_shell_syntax;
extern const lint::Rule zdotdir_too_late;

namespace {
// Sorted by name; tests/unit/lint_test.cpp checks the order.
constexpr std::array kRules{
    &bad_suppression,      &bash_profile_skips_bashrc,
    &bashism_in_profile,   &binary_file,
    &crlf_line_endings,    &env_interactive_only,
    &file_too_large,       &go_build_env_global,
    &go_env_file_conflict, &go_env_invalid,
    &go_shadowed,          &go111module_set,
    &gobin_not_on_path,    &gopath_is_goroot,
    &gopath_relative,      &goroot_mismatch,
    &goroot_missing,       &goroot_set,
    &homebrew_cellar_path, &interactive_only_in_zshenv,
    &invalid_utf8,         &io_error,
    &not_exported,         &output_in_noninteractive,
    &parse_error,          &path_duplicate_entry,
    &path_empty_entry,     &path_missing_dir,
    &path_overwrite,       &path_reordered_by_path_helper,
    &path_tilde_in_quotes, &profile_shadowed,
    &source_cycle,         &source_missing,
    &use_before_set,       &wrong_shell_syntax,
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
