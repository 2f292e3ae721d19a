#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "source/source_file.h"

namespace rclint::syntax {

/// A copy of a zsh file's text that tree-sitter-bash parses into the same statements.
struct MaskedText {
  /// Exactly as long as the input, with every '\n' at the same offset, so node positions in the
  /// masked tree are positions in the original file.
  std::string text;
  /// The zsh-only constructs that were rewritten, sorted and disjoint. Every byte of `text` that
  /// differs from the input lies in one, and each covers a whole construct (all of
  /// `${(s.:.)PATH}`, all of `for f (`), so a node that overlaps one must be re-read from the
  /// original text: inside these ranges the masked words are filler, not zsh's words.
  std::vector<source::Range> masked;
};

/// Rewrites the zsh-only syntax of `original`, the text of a file zsh reads, into bash-valid
/// filler of the same length: `(( $+commands[go] ))` becomes `(( 0+commands[go] ))`,
/// `precmd() { vcs_info }` becomes `precmd() { vcs_info;}`, `*.zsh(N)` becomes `*.zsh___`, and so
/// on (zsh_mask.cpp lists every trick). Text that bash would also accept is returned byte for byte
/// with no masked range, so masking never harms bash-compatible code. Never fails: what it does not
/// recognize it leaves alone, and tree-sitter reports it as usual.
MaskedText mask_zsh(std::string_view original);

}  // namespace rclint::syntax
