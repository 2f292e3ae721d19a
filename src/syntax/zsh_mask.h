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
/// filler of the same length, so that tree-sitter-bash keeps every statement. Text that bash would
/// also accept comes back byte for byte with no masked range, so masking never harms
/// bash-compatible code; heredoc bodies and comments are never touched. Never fails: what it does
/// not recognize it leaves alone, and tree-sitter reports it as usual.
///
/// The tricks, i.e. the shape each zsh construct takes in the masked tree. Each keeps the
/// statement structure; a reader of the tree re-reads the words of a masked range from the
/// original (tests/syntax/zsh_constructs/ has a real-world example of each):
///  1. `${(flags)…}`, `${${…}…}`, `${#${…}}`: zsh-only forms -> `${_-____}`, one bash expansion;
///     a `$(…)` inside is kept, so the commands it runs still show in the tree.
///  2. `${0:A:h}`, `${path:#pat}`, `${a:|b}`: zsh modifiers -> `${0-A:h}`; the name stays.
///  3. `${~x}` `${=x}` `${^x}` `${+x}`, `$^x` `$=x` `$~x` `$+x`: the sigil becomes `_`.
///  4. `[(I)pat]` subscript flags -> `[______]`. In math, `$+x` -> `0+x`, `$#x` -> `0+x`, and
///     `$x[1]` -> ` x[1]`: tree-sitter's arithmetic grammar rejects the zsh spellings.
///  5. Glob qualifiers, groups and numeric ranges (`*.zsh(N)`, `(#i)*`, `^(a|b)`, `== (a|b)*`,
///     `<->`) -> `_` filler glued to the word, so that the word stays one word.
///  6. ` }` closing a brace group where bash needs `;}` (`precmd() { vcs_info }`): the blank
///     before it becomes `;`.
///  7. Anonymous functions `() {` and `function {` -> `   {`, a brace group: like zsh, it runs
///     the body at once (a named definition would not). Arguments after its `}` -> `}<____`.
///  8. Short loops `for f (list) cmd`, `foreach f (list) … end`, `for f in list; cmd` ->
///     `    f=(list);cmd`, an array assignment of the loop variable followed by the body; a
///     `do … done` body becomes `{ … }`, and `end` becomes blanks.
///  9. Short conditions `if [[ c ]] { … } elif … else { … }`, `while (( c )) { … }`,
///     `if [[ c ]] cmd` -> the keyword becomes blanks and ` {` becomes `;{` (so the condition
///     is a statement of its own, in the masked range); `]] then` -> `]];then`; `repeat N` ->
///     blanks (`while :` before a `do`); `} always {` -> `};      {`.
/// 10. `=(cmd)` -> `<(cmd)`; `&!` and `&|` -> `& `; `>!` -> `>|`; `>>!` -> `>> `; `;|` -> `;;`;
///     `case x; in` -> `case x  in`; the extra names of `function a b {`, `a b () {` and
///     `for k v in` -> blanks.
/// Not handled (rare in startup files; each breaks only its own statement): `case x { … }`,
/// `f() cmd` (a body without braces), `for ((…)) cmd`, function names containing `$`, zsh inside
/// backquotes.
MaskedText mask_zsh(std::string_view original);

}  // namespace rclint::syntax
