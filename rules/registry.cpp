#include "registry.h"

#include <algorithm>
#include <array>

namespace rclint::rules {

extern const lint::Rule bad_suppression;
extern const lint::Rule binary_file;
extern const lint::Rule crlf_line_endings;
extern const lint::Rule file_too_large;
extern const lint::Rule homebrew_cellar_path;
extern const lint::Rule invalid_utf8;
extern const lint::Rule io_error;
extern const lint::Rule parse_error;
extern const lint::Rule path_duplicate_entry;
extern const lint::Rule path_empty_entry;
extern const lint::Rule path_overwrite;
extern const lint::Rule path_reordered_by_path_helper;
extern const lint::Rule path_tilde_in_quotes;
extern const lint::Rule source_cycle;

namespace {
// Sorted by name; tests/unit/lint_test.cpp checks the order.
constexpr std::array kRules{
    &bad_suppression,      &binary_file,      &crlf_line_endings, &file_too_large,
    &homebrew_cellar_path, &invalid_utf8,     &io_error,          &parse_error,
    &path_duplicate_entry, &path_empty_entry, &path_overwrite,    &path_reordered_by_path_helper,
    &path_tilde_in_quotes, &source_cycle,
};
}  // namespace

std::span<const lint::Rule* const> all() { return kRules; }

const lint::Rule* find(std::string_view name) {
  auto found = std::find_if(kRules.begin(), kRules.end(),
                            [&](const lint::Rule* rule) { return rule->name == name; });
  return found == kRules.end() ? nullptr : *found;
}

}  // namespace rclint::rules
