#pragma once
// The scanner behind mask_zsh(), private to src/syntax/zsh_mask*.cpp. One class whose methods live
// in two files, as clang's Parser does: zsh_mask.cpp scans command lists (keywords, braces, loops,
// redirections, heredocs), zsh_mask_words.cpp scans words (quoting, expansions, patterns, math).
// They recurse into each other: `$(…)` in a word holds a list, and a list is made of words.

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "syntax/zsh_mask.h"

namespace rclint::syntax::detail {

inline constexpr size_t kNone = std::string_view::npos;

inline bool is_blank(char c) { return c == ' ' || c == '\t'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_name_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
inline bool is_name_char(char c) { return is_name_start(c) || is_digit(c); }
inline bool is_one_of(char c, std::string_view set) { return c != '\0' && set.find(c) != kNone; }
// Characters that end an unquoted word in both shells ('\0' stands for the end of the text).
inline bool ends_word(char c) { return c == '\0' || is_blank(c) || is_one_of(c, "\n;&|<>()"); }

// What is open in one command list, innermost last: `{` groups and `do` bodies.
enum class Frame { Brace, Anonymous, ShortIf, Loop, ShortDo, Foreach };
inline bool is_brace(Frame f) {
  return f == Frame::Brace || f == Frame::Anonymous || f == Frame::ShortIf;
}
inline bool is_loop(Frame f) { return f == Frame::Loop || f == Frame::ShortDo; }

// Where scan_list() stops: at the end, at the `)` of `$(…)` or `(…)`, at the `;;` of a case item.
enum class Stop { End, Paren, CaseItem };
// Where a word is: it decides what an unquoted `(` inside it means.
enum class Ctx { Command, Arg, Array, Test, Pattern };
// Where a `$` is: in math, `$+x` and `$x[1]` need other filler than in words.
enum class Where { Word, Quoted, Math };

// The state of one command list while it is scanned.
struct ListState {
  bool command = true;    // at command position
  bool assigned = false;  // `{ FOO=1 }` needs `;` before `}` like an argument does
  std::vector<Frame> frames;
  Frame next_brace = Frame::Brace;  // kind of the next `{`: set by `()` and short `if`
  size_t cond = kNone;              // keyword (if/elif/while/until) whose condition this is
  std::vector<std::pair<size_t, size_t>> words;  // words of the current simple command

  void separate(bool keep_cond) {
    command = true;
    assigned = false;
    words.clear();
    if (!keep_cond) cond = kNone;
  }
  std::optional<Frame> pop_until(bool (*wanted)(Frame)) {
    while (!frames.empty()) {
      const Frame f = frames.back();
      frames.pop_back();
      if (wanted(f)) return f;
    }
    return std::nullopt;
  }
};

class ZshScanner {
 public:
  explicit ZshScanner(std::string_view src) : src_(src), out_(src) {}
  /// Scans the whole text once; see mask_zsh().
  MaskedText run();

 private:
  // ---- writing: every change is marked, and '\n' is never overwritten -------------------------
  char at(size_t i) const { return i < src_.size() ? src_[i] : '\0'; }
  void put(size_t i, char c) {
    if (at(i) != '\0' && src_[i] != '\n') out_[i] = c;
  }
  void mark(size_t b, size_t e) {
    e = std::min(e, src_.size());
    if (b < e) masked_.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  }
  void write(size_t b, std::string_view s) {
    for (size_t k = 0; k < s.size(); ++k) put(b + k, s[k]);
    mark(b, b + s.size());
  }
  void fill(size_t b, size_t e, char c) {
    for (size_t i = b; i < e; ++i) put(i, c);
    mark(b, e);
  }
  void erase(size_t b, size_t e) { fill(b, e, ' '); }
  void glue(size_t b, size_t e) { fill(b, e, '_'); }

  // ---- reading the original --------------------------------------------------------------------
  size_t skip_blanks(size_t i) const {
    while (is_blank(at(i)) || (at(i) == '\\' && at(i + 1) == '\n')) i += at(i) == '\\' ? 2 : 1;
    return i;
  }
  // Blanks, newlines and comments, where none of them ends anything (case items, loop heads).
  size_t skip_space(size_t i) const {
    for (i = skip_blanks(i); at(i) == '\n' || at(i) == '#'; i = skip_blanks(i)) {
      i = at(i) == '#' ? line_end(i) : i + 1;
    }
    return i;
  }
  size_t line_end(size_t i) const { return std::min(src_.find('\n', i), src_.size()); }
  // `i` at an opening quote or backtick; returns just past its closing one.
  size_t quote_end(size_t i, bool escapes) const {
    const char q = src_[i];
    for (++i; i < src_.size() && src_[i] != q; ++i) {
      if (escapes && src_[i] == '\\') ++i;
    }
    return std::min(i + 1, src_.size());
  }
  // `i` at `open` ('(' or '['); its match on the same line, quotes skipped, or kNone.
  size_t match_end(size_t i, char open, char close) const {
    for (int depth = 0; i < src_.size() && src_[i] != '\n'; ++i) {
      const char c = src_[i];
      if (c == '\\') ++i;
      if (c == '\'' || c == '"' || c == '`') i = quote_end(i, c != '\'') - 1;
      depth += c == open ? 1 : c == close ? -1 : 0;
      if (depth == 0 && c == close) return i;
    }
    return kNone;
  }
  // `i` at '<'; just past a zsh numeric glob `<->` or `<1-10>`, or kNone.
  size_t numeric_glob_end(size_t i) const {
    size_t k = i + 1;
    while (is_digit(at(k))) ++k;
    if (at(k++) != '-') return kNone;
    while (is_digit(at(k))) ++k;
    return at(k) == '>' ? k + 1 : kNone;
  }
  size_t close_paren(size_t i) const { return at(i) == ')' ? i + 1 : i; }
  // The unquoted text of the word at `i`, for keyword tests.
  std::string_view bare_word(size_t i) const {
    size_t e = std::min(i, src_.size());
    while (!ends_word(at(e))) ++e;
    return src_.substr(std::min(i, e), e - std::min(i, e));
  }
  // [b, eq) is `name`, `name[…]`, `name+` or `name[…]+`: the word is an assignment.
  bool is_assignment(size_t b, size_t eq) const {
    if (!is_name_start(at(b))) return false;
    while (b < eq && is_name_char(src_[b])) ++b;
    if (b < eq && src_[b] == '[') b = std::min(src_.find(']', b), eq) + 1;
    if (b < eq && src_[b] == '+') ++b;
    return b == eq;
  }
  bool is_redirect(size_t i) const {
    if (at(i) == '<' && numeric_glob_end(i) != kNone) return false;
    while (is_digit(at(i))) ++i;
    return at(i) == '<' || at(i) == '>' || (at(i) == '&' && at(i + 1) == '>');
  }
  bool ends_command(size_t i) const { return ends_word(at(i)) || at(i) == '#' || is_redirect(i); }

  // ---- command lists (zsh_mask.cpp); each returns the index just past what it scanned -----------
  size_t scan_list(size_t i, Stop stop);  // returns the index of its stop, or the end
  size_t scan_list_body(size_t i, Stop stop);
  size_t scan_command_word(size_t i, ListState& st);
  size_t scan_paren(size_t i, ListState& st);
  size_t scan_simple_command(size_t i, ListState& st);
  size_t scan_argument(size_t i, ListState& st);
  size_t close_brace(size_t i, ListState& st);
  size_t after_condition(size_t end, ListState& st);
  size_t scan_for(size_t kw, size_t kw_end, ListState& st);
  size_t short_for(size_t kw, size_t paren, bool foreach, ListState& st);
  size_t scan_repeat(size_t kw, size_t kw_end);
  size_t scan_case(size_t i, ListState& st);
  size_t scan_function(size_t kw, size_t kw_end, ListState& st);
  size_t scan_redirect(size_t i);
  size_t heredoc(size_t i);
  size_t skip_heredocs(size_t i);

  // ---- words (zsh_mask_words.cpp) --------------------------------------------------------------
  size_t scan_word(size_t i, Ctx ctx);
  size_t scan_array(size_t i);
  size_t scan_test(size_t i);
  size_t scan_arith(size_t i);
  size_t scan_dquote(size_t i);
  size_t scan_dollar(size_t i, Where where);
  size_t scan_dollar_body(size_t i, Where where);
  size_t scan_param(size_t i, Where where);
  void mask_param(size_t i, size_t close, const std::vector<source::Range>& kept);

  std::string_view src_;
  std::string out_;
  std::vector<source::Range> masked_;
  // Heredocs announced on this line (delimiter, strip tabs), read after its newline.
  std::vector<std::pair<std::string, bool>> heredocs_;
  std::vector<source::Range>* kept_ = nullptr;  // `$(…)` inside the `${…}` being scanned
  // How many lists and expansions are open. Past kMaxNesting, a construct is skipped by
  // counting its brackets, unmasked: a word nested thousands deep must not exhaust the stack.
  int nesting_ = 0;
  static constexpr int kMaxNesting = 100;
  // `i` just inside an `open` bracket: the index of its matching close, by counting alone.
  size_t skip_nested(size_t i, char open, char close) const {
    for (int depth = 1; i < src_.size(); ++i) {
      if (src_[i] == '\\') {
        ++i;
      } else if (src_[i] == open) {
        ++depth;
      } else if (src_[i] == close && --depth == 0) {
        return i;
      }
    }
    return src_.size();
  }
};

}  // namespace rclint::syntax::detail
