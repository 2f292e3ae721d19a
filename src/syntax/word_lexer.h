#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "syntax/dialect.h"
#include "syntax/statement.h"

namespace rclint::syntax {

/// Where a word stands decides where `~` expands (bash(1) "Tilde Expansion", zshexpn(1)).
enum class WordPlace {
  Argument,         // ~ expands only at the start
  AssignmentValue,  // also after each unquoted `:` (PATH=~/bin:~/go/bin)
  Pattern,          // case patterns, [[ == ]] right sides: ~ at the start, globs stay patterns
};

/// Splits the raw text of one shell word into parts (quotes removed, escapes resolved,
/// expansions recognised), with byte ranges offset by `base` so that they point into the file.
/// Never fails: text it cannot understand becomes Literal.
std::vector<WordPart> lex_word(std::string_view raw, uint32_t base, Dialect dialect,
                               WordPlace place = WordPlace::Argument);

/// A whole Word for `raw` at `base`.
Word make_word(std::string_view raw, uint32_t base, Dialect dialect,
               WordPlace place = WordPlace::Argument);

/// Splits `raw` (e.g. the inside of `[[ … ]]`) into words on unquoted blanks, as the shell would
/// before expansion.
std::vector<Word> split_words(std::string_view raw, uint32_t base, Dialect dialect);

/// Index one past the construct that starts at `open` (a quote, `${`, `$(`, `(`, `` ` ``),
/// honouring nesting and quotes; raw.size() when it never closes.
size_t skip_construct(std::string_view raw, size_t open);

}  // namespace rclint::syntax
