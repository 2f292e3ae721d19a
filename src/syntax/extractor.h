#pragma once

// The tree walk behind extract_statements(), split over extract.cpp (structure:
// blocks, conditionals, loops, functions) and extract_commands.cpp (commands,
// assignments, declarations, tests). Internal to src/syntax.

#include <fmt/format.h>
#include <tree_sitter/api.h>

#include <cstring>
#include <string_view>
#include <vector>

#include "syntax/parser.h"
#include "syntax/word_lexer.h"

namespace rclint::syntax::detail {

// Deeper nesting than this is not a real startup file; stop before the C++
// stack does.
constexpr int kMaxDepth = 400;

inline bool type_is(TSNode node, const char* type) {
  return std::strcmp(ts_node_type(node), type) == 0;
}

/// A child and the field it fills ("name", "body"…, or null).
struct Child {
  TSNode node;
  const char* field;
};

/// The children of `node` in order, walked with a cursor: ts_node_child(node, i) is linear in
/// i, so indexing every child of a 100,000-line file's root would be quadratic.
std::vector<Child> children_of(TSNode node, bool named_only = false);

inline Range range_of(TSNode node) { return {ts_node_start_byte(node), ts_node_end_byte(node)}; }

class Extractor {
 public:
  Extractor(std::string_view text, Dialect dialect, ParsedFile& out)
      : text_(text), dialect_(dialect), out_(out) {}

  void program(TSNode root) {
    collect_errors(root, 0);
    block_into(root, out_.statements, 0);
  }

  std::string_view text(TSNode node) const {
    uint32_t begin = std::min<uint32_t>(ts_node_start_byte(node), text_.size());
    uint32_t end = std::min<uint32_t>(ts_node_end_byte(node), text_.size());
    return text_.substr(begin, end - begin);
  }

  Word word(TSNode node, WordPlace place = WordPlace::Argument) const {
    return make_word(text(node), ts_node_start_byte(node), dialect_, place);
  }

  // Syntax errors: ERROR nodes and MISSING tokens, outermost only.
  void collect_errors(TSNode node, int depth);

  void block_into(TSNode parent, Block& out, int depth);
  std::string_view word_before(uint32_t at) const;
  void restore_zsh_shapes(Block& block, size_t first);

  // Children of `parent` between the keyword `from` (exclusive) and `to`
  // (exclusive).
  void block_between(TSNode parent, const char* from, const char* to, Block& out, int depth);

  void statement_into(TSNode node, Block& out, int depth);

  void command_into(TSNode node, Block& out, bool stdout_redirected, bool stderr_silenced = false);

  // `> file`, `>/dev/null`, `&> x`, `>> log`: stdout no longer reaches the
  // terminal. `2>&1`, `2>/dev/null` and `>&2` leave… well, `>&2` moves stdout
  // to stderr, which is fine for scp too, so it counts as redirected.
  bool redirects_stdout(TSNode redirect) const;
  /// `2>/dev/null`, `&>/dev/null`: the command's errors are thrown away.
  bool silences_stderr(TSNode redirect) const;

  void redirected_into(TSNode node, Block& out, int depth);

  Assignment assignment_from(TSNode node) const;

  void declaration_into(TSNode node, Block& out);

  // zsh `integer`/`float` arrive as plain commands: read their words as
  // declarations.
  void declaration_words(const std::string& builtin, const std::vector<Word>& words, size_t from,
                         Block& out, Range range);

  void unset_into(TSNode node, Block& out);

  Conditional if_from(TSNode node, int depth);

  Conditional list_from(TSNode node, int depth);

  Function function_from(TSNode node, int depth);

  Loop for_from(TSNode node, int depth);

  Loop while_from(TSNode node, int depth);

  Case case_from(TSNode node, int depth);

  Test test_from(TSNode node) const;

 private:
  std::string_view text_;
  Dialect dialect_;
  ParsedFile& out_;
  bool deep_reported_ = false;
};

}  // namespace rclint::syntax::detail
