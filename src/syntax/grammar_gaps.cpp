#include "syntax/grammar_gaps.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace rclint::syntax {

namespace {

// tree-sitter-bash reads `[[ $x = a* && … ]]` (a single `=` before a glob) as a regex and loses
// the `]]`, though bash accepts it; `==a*` parses right. Inside `[[ … ]]`, outside quotes,
// ` = ` becomes ` ==` (same length: offsets stay valid; words are read from the original).
void mask_test_equals(std::string& text) {
  size_t at = 0;
  while ((at = text.find("[[", at)) != std::string::npos) {
    size_t i = at + 2;
    char quote = 0;
    for (; i + 1 < text.size(); ++i) {
      char c = text[i];
      if (quote != 0) {
        if (c == quote) quote = 0;
        continue;
      }
      if (c == '\\') {
        ++i;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '\n' || (c == ']' && text[i + 1] == ']')) {
        break;
      } else if (c == '=' && text[i - 1] == ' ' && text[i + 1] == ' ') {
        text[i + 1] = '=';
      }
    }
    at = i;
  }
}

// Steps over quoted text and backslash escapes, so that a scan sees only unquoted characters.
class Quotes {
 public:
  /// Whether text[i] belongs to a quote or an escape (then it is consumed, and `i` may move
  /// past the escaped character).
  bool consume(const std::string& text, size_t& i) {
    char c = text[i];
    if (quote_ != 0) {
      if (c == '\\' && quote_ == '"') {
        ++i;
      } else if (c == quote_) {
        quote_ = 0;
      }
      return true;
    }
    if (c == '\\') {
      ++i;
      return true;
    }
    if (c == '\'' || c == '"') {
      quote_ = c;
      return true;
    }
    return false;
  }

 private:
  char quote_ = 0;
};

// tree-sitter-bash 0.25 misreads an unquoted `$NAME` that follows punctuation after another
// expansion: `PATH=$PATH:$GOPATH/bin` becomes an assignment of `$PATH:$` and a command
// `GOPATH/bin` (upstream issue #315). Turning that `$` into `_` keeps one word of the same
// length; words are lexed from the original text, so the value is read correctly.
void mask_punctuated_expansions(std::string& text) {
  static constexpr std::string_view kPunctuation = "/.:?-,@%+~";
  Quotes quotes;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    char c = text[i];
    if (quotes.consume(text, i)) continue;
    if (c == '$' && i > 0 && kPunctuation.find(text[i - 1]) != std::string_view::npos &&
        (std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '_')) {
      text[i] = '_';
    }
  }
}

// tree-sitter-bash 0.25 does not know POSIX's `for NAME do …` (no `in`, no `;`), which bash,
// dash and zsh accept: it loops over "$@". `for d do` becomes `for d;do` (same length; the
// loop is then read as `for d; do`, which the grammar knows).
void mask_for_without_in(std::string& text) {
  auto is_name = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  for (size_t at = text.find("for "); at != std::string::npos; at = text.find("for ", at + 4)) {
    if (at > 0 && std::string_view(" \t\n;&|(").find(text[at - 1]) == std::string_view::npos) {
      continue;
    }
    size_t i = at + 4;
    while (i < text.size() && text[i] == ' ') ++i;
    size_t name = i;
    while (i < text.size() && is_name(text[i])) ++i;
    if (i == name || i >= text.size() || text[i] != ' ') continue;
    size_t space = i;
    while (i < text.size() && text[i] == ' ') ++i;
    if (text.compare(i, 2, "do") == 0 && i + 2 < text.size() &&
        std::string_view(" \t\n;").find(text[i + 2]) != std::string_view::npos) {
      text[space] = ';';
    }
  }
}

// The end of the word that starts at `i` in a `[[ … ]]` operand: the first blank outside
// quotes and parentheses, or the end of the line.
size_t operand_end(const std::string& text, size_t i) {
  int depth = 0;
  Quotes quotes;
  for (; i < text.size() && text[i] != '\n'; ++i) {
    if (quotes.consume(text, i)) continue;
    char c = text[i];
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if ((c == ' ' || c == '\t') && depth <= 0) {
      break;
    }
  }
  return std::min(i, text.size());
}

// Whether text[begin, end) holds an extglob group (`@(a|b)`, `*(x)`, …) outside quotes.
bool has_extglob_group(const std::string& text, size_t begin, size_t end) {
  Quotes quotes;
  for (size_t i = begin; i + 1 < end; ++i) {
    if (quotes.consume(text, i)) continue;
    if (text[i + 1] == '(' && std::string_view("?*+@!").find(text[i]) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

// tree-sitter-bash 0.25 loses the whole `[[ … ]]` (and, in a function, often the rest of the
// file) at operands bash reads fine, all in Debian's bash-completion, which every interactive
// bash sources: regexes (a bracket expression starting with a literal `]` as in `[^]]`, a line
// continuation right after `=~`, groups its regex scanner mismatches) and extglob patterns
// (`[[ $OSTYPE == *@(solaris|aix)* ]]` followed by a `{` block). Such an operand becomes
// `xxx…` and that `\` a blank (same length, newlines kept): the tree keeps one word there,
// whose text the extractor reads from the original.
void mask_test_operands(std::string& text) {
  auto is_blank = [&](size_t i) { return text[i] == ' ' || text[i] == '\t'; };
  for (std::string_view op : {"=~", "==", "!="}) {
    for (size_t at = text.find(op); at != std::string::npos; at = text.find(op, at + 2)) {
      if (at == 0 || !is_blank(at - 1)) continue;
      size_t i = at + 2;
      if (op == "=~" && (i >= text.size() || !is_blank(i))) continue;
      while (i < text.size()) {
        if (is_blank(i)) {
          ++i;
        } else if (op == "=~" && text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '\n') {
          text[i] = ' ';
          i += 2;
        } else {
          break;
        }
      }
      size_t end = operand_end(text, i);
      if (op != "=~" && !has_extglob_group(text, i, end)) continue;
      for (size_t k = i; k < end; ++k) {
        if (text[k] != '\n') text[k] = 'x';
      }
    }
  }
}

// With `shopt -s extglob` (bash-completion sets it before its functions), bash reads groups
// such as `$dir/!($_backup_glob)` in any word; tree-sitter-bash 0.25 loses the statement at
// some of them. In a file that turns extglob on, the parentheses of a group (outside quotes
// and arithmetic) and the `|` inside it become `_`: one word of the same length, read from the
// original text. A file that never mentions extglob keeps them: there bash rejects them too.
void mask_word_extglobs(std::string& text) {
  if (text.find("extglob") == std::string::npos) return;
  Quotes quotes;
  int arithmetic = 0;  // open `((`
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    char c = text[i];
    if (quotes.consume(text, i)) continue;
    if (c == '#' &&
        (i == 0 || std::string_view(" \t\n;").find(text[i - 1]) != std::string_view::npos)) {
      while (i < text.size() && text[i] != '\n') ++i;  // a comment
    } else if (c == '(' && text[i + 1] == '(') {
      ++arithmetic, ++i;
    } else if (c == ')' && text[i + 1] == ')' && arithmetic > 0) {
      --arithmetic, ++i;
    } else if (arithmetic == 0 && text[i + 1] == '(' &&
               std::string_view("?*+@!").find(c) != std::string_view::npos &&
               (i == 0 || text[i - 1] != '$')) {
      // The group runs to its matching `)` on this line; nested groups go with it.
      size_t end = i + 1;
      int depth = 0;
      for (; end < text.size() && text[end] != '\n'; ++end) {
        if (text[end] == '(') ++depth;
        if (text[end] == ')' && --depth == 0) break;
        if (text[end] == ' ' || text[end] == '\t' || text[end] == '\'' || text[end] == '"') break;
      }
      if (end >= text.size() || text[end] != ')') continue;
      for (size_t k = i + 1; k <= end; ++k) {
        if (text[k] == '(' || text[k] == ')' || text[k] == '|') text[k] = '_';
      }
      i = end;
    }
  }
}

// tree-sitter-bash 0.25 rejects, in a parameter expansion's pattern, `{`, `(`, `<` … inside a
// bracket expression (`${option%%[<{().[]*}`), a plain `]` and extglob groups
// (`${host%]?(:+([0-9]))}`), all in bash-completion; bash reads them (extglob is on there).
// Inside `${…}`, after the name, such a character and the parentheses of such a group become `_`.
void mask_expansion_brackets(std::string& text) {
  for (size_t at = text.find("${"); at != std::string::npos; at = text.find("${", at + 2)) {
    size_t i = at + 2;
    while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) ||
                               text[i] == '_' || text[i] == '#' || text[i] == '!')) {
      ++i;
    }
    if (i >= text.size() || std::string_view("%#/").find(text[i]) == std::string_view::npos) {
      continue;  // no pattern (a subscript, a default value, a plain `${x}`)
    }
    int groups = 0;  // open extglob groups `?(`, `*(`, `+(`, `@(`, `!(`
    for (; i < text.size() && (groups > 0 || text[i] != '}') && text[i] != '\n'; ++i) {
      if (text[i] == '\\' || text[i] == '$' || text[i] == '"' || text[i] == '\'') break;
      if (text[i] == '(' && i > 0 &&
          std::string_view("?*+@!").find(text[i - 1]) != std::string_view::npos) {
        text[i] = '_';
        ++groups;
        continue;
      }
      if (text[i] == ')' && groups > 0) {
        text[i] = '_';
        --groups;
        continue;
      }
      if (text[i] == ']') {  // not closing a bracket expression: a plain `]` (`${host%]}`)
        text[i] = '_';
        continue;
      }
      if (text[i] != '[') continue;
      size_t j = i + 1;
      if (j < text.size() && (text[j] == '^' || text[j] == '!')) ++j;
      if (j < text.size() && text[j] == ']') text[j++] = '_';  // a leading `]` is literal
      size_t close = text.find(']', j);
      if (close == std::string::npos || text.find('\n', j) < close) break;
      for (size_t k = j; k < close; ++k) {
        if (std::string_view("{}()<>;&|`").find(text[k]) != std::string_view::npos) text[k] = '_';
      }
      i = close;
    }
  }
}

}  // namespace

void mask_grammar_gaps(std::string& text, Dialect dialect, bool whole_file) {
  mask_test_equals(text);
  mask_punctuated_expansions(text);
  if (whole_file) mask_for_without_in(text);
  mask_test_operands(text);
  mask_expansion_brackets(text);
  if (dialect != Dialect::Zsh) mask_word_extglobs(text);
}

}  // namespace rclint::syntax
