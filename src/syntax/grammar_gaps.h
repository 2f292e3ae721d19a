#pragma once

#include <string>

#include "syntax/dialect.h"

namespace rclint::syntax {

/// Rewrites, in place and at the same length (every '\n' kept), the constructs that bash, dash
/// or zsh read but tree-sitter-bash 0.25 misparses, so that the tree keeps their statements:
/// `[[ $x = a* ]]`, `$PATH:$GOPATH/bin`, `for d do`, regex and extglob operands of `[[ … ]]`,
/// brackets and groups in `${x%%pattern}`, and (in a file that turns extglob on, not in zsh)
/// extglob groups in words. Each mask's comment names the grammar gap and the real file it
/// came from. Words are always read back from the original text, so the filler never shows.
/// `whole_file` is false for a fragment re-parsed alone, where `for d do` is left as it is.
void mask_grammar_gaps(std::string& text, Dialect dialect, bool whole_file);

}  // namespace rclint::syntax
