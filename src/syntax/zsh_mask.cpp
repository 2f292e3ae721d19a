// src/syntax/zsh_mask.cpp: same-length bash filler for zsh-only syntax (see zsh_mask.h).
//
// Why: tree-sitter-bash loses the rest of a file on common zsh, often without an ERROR node
// (` }` without `;` swallows everything after it into one function body). One left-to-right scanner
// that knows quoting, comments, heredocs and command position rewrites each zsh-only piece; all
// else is copied, and '\n' is never written, so lines and offsets survive. The tricks, each keeping
// the statement structure (words inside a masked range are re-read from the original):
//  1. `${(flags)…}`, `${${…}…}`, `${#${…}}`: zsh-only forms -> `${_-____}`, one bash expansion;
//     `$(…)` inside is kept, so the commands it runs still show.
//  2. `${0:A:h}`, `${path:#pat}`, `${a:|b}`: zsh modifiers -> `${0-A:h}` (one byte), the name stays.
//  3. `${~x}` `${=x}` `${^x}` `${+x}`, `$^x` `$=x` `$~x` `$+x`: the sigil becomes `_`, a plain name.
//  4. `[(I)pat]` subscript flags -> `[______]`. In math, `$+x` -> `0+x`, `$#x` -> `0+x`, and
//     `$x[1]` -> ` x[1]`, which is what tree-sitter's arithmetic grammar accepts.
//  5. Glob qualifiers and groups (`*.zsh(N)`, `(#i)*`, `^(a|b)`, `== (a|b)*`) -> `_` filler glued to
//     the word, so the word stays one word.
//  6. ` }` closing a brace group where bash needs `;}`: the blank before it becomes `;`.
//  7. Anonymous functions `() {` / `function {` -> `   {`, a brace group, which like zsh runs the
//     body at once (a named definition would not run it); arguments after `}` -> `}<____`.
//  8. Short loops `for f (list) cmd`, `foreach f (list) … end`, `for f in list; cmd` ->
//     `    f=(list);cmd`: an array assignment of the loop variable, then the body; a `do … done`
//     body becomes `{ … }`, and `end` becomes blanks.
//  9. Short conditions `if [[ c ]] { … } elif … else { … }`, `while (( c )) { … }` -> the keyword
//     becomes blanks and ` {` becomes `;{` (the condition is in the masked range); `repeat N` ->
//     blanks; `} always {` -> `};      {`.
// 10. `=(cmd)` -> `<(cmd)`; `&!` / `&|` -> `& `; `>!` -> `>|`; `>>!` -> `>> `; `;|` -> `;;`;
//     extra names in `function a b {`, `a b () {`, `for k v in` -> blanks.
// Not handled (rare in startup files, each breaks only its own statement): `case x { … }`,
// `f() cmd` (a body without braces), `for ((…)) cmd`.
#include "syntax/zsh_mask.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace rclint::syntax {
namespace {

constexpr size_t kNone = std::string_view::npos;

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_name_char(char c) { return is_name_start(c) || is_digit(c); }
// Characters that end an unquoted word in both shells ('\0' stands for the end of the text).
bool ends_word(char c) {
  return c == '\0' || is_blank(c) || std::string_view("\n;&|<>()").find(c) != kNone;
}
bool is_sigil(char c) { return c == '~' || c == '=' || c == '^' || c == '+'; }

// What is open in one command list, innermost last: `{` groups and `do` bodies.
enum class Frame { Brace, Anonymous, ShortIf, Loop, ShortDo, Foreach };
bool is_brace(Frame f) { return f == Frame::Brace || f == Frame::Anonymous || f == Frame::ShortIf; }

enum class Stop { End, Paren, CaseItem };
// Where a word is: it decides what an unquoted `(` inside it means.
enum class Ctx { Command, Arg, Array, Test, Pattern };
enum class Where { Word, Quoted, Math };

struct ListState {
  bool command = true;              // at command position
  bool assigned = false;            // `FOO=1 }` needs `;` before `}` like an argument does
  std::vector<Frame> frames;
  Frame next_brace = Frame::Brace;  // kind of the next `{`: set by `() ` and short `if`
  size_t cond = kNone;              // keyword (if/elif/while/until) whose condition this is
  std::vector<source::Range> words;  // words of the current simple command
};

struct Heredoc {
  std::string delimiter;
  bool strip_tabs;
};

class Masker {
 public:
  explicit Masker(std::string_view src) : src_(src), out_(src) {}

  MaskedText run() {
    scan_list(0, Stop::End);
    std::sort(masked_.begin(), masked_.end(),
              [](const source::Range& a, const source::Range& b) { return a.begin < b.begin; });
    std::vector<source::Range> merged;
    for (const source::Range& r : masked_) {
      if (!merged.empty() && r.begin <= merged.back().end) {
        merged.back().end = std::max(merged.back().end, r.end);
      } else {
        merged.push_back(r);
      }
    }
    return {std::move(out_), std::move(merged)};
  }

 private:
  // ---- writing ---------------------------------------------------------------------------------
  char at(size_t i) const { return i < src_.size() ? src_[i] : '\0'; }
  void put(size_t i, char c) {
    if (i < src_.size() && src_[i] != '\n') out_[i] = c;
  }
  void blank(size_t b, size_t e) {
    for (size_t i = b; i < e; ++i) put(i, ' ');
  }
  void fill(size_t b, size_t e) {
    for (size_t i = b; i < e; ++i) put(i, '_');
  }
  void mark(size_t b, size_t e) {
    masked_.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(std::min(e, src_.size()))});
  }

  // ---- skipping --------------------------------------------------------------------------------
  size_t skip_blanks(size_t i) const {
    while (is_blank(at(i)) || (at(i) == '\\' && at(i + 1) == '\n')) i += at(i) == '\\' ? 2 : 1;
    return i;
  }
  // Blanks, newlines and comments, where none of them can end anything (case items, loop heads).
  size_t skip_space(size_t i) const {
    for (;;) {
      i = skip_blanks(i);
      if (at(i) == '\n') {
        ++i;
      } else if (at(i) == '#') {
        i = line_end(i);
      } else {
        return i;
      }
    }
  }
  size_t line_end(size_t i) const {
    size_t e = src_.find('\n', i);
    return e == kNone ? src_.size() : e;
  }
  // `i` at an opening quote or backtick; returns just past its closing one.
  size_t quote_end(size_t i, bool escapes) const {
    const char q = src_[i];
    for (++i; i < src_.size() && src_[i] != q; ++i) {
      if (escapes && src_[i] == '\\') ++i;
    }
    return std::min(i + 1, src_.size());
  }
  // `i` at '('; the matching ')' on the same line, or kNone.
  size_t group_end(size_t i) const {
    int depth = 0;
    while (i < src_.size() && src_[i] != '\n') {
      const char c = src_[i];
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '\'' || c == '"' || c == '`') {
        i = quote_end(i, c != '\'');
        continue;
      }
      if (c == '(') ++depth;
      if (c == ')' && --depth == 0) return i;
      ++i;
    }
    return kNone;
  }
  size_t close_paren(size_t i) const { return at(i) == ')' ? i + 1 : i; }
  // The unquoted text of the word at `i`, for keyword tests.
  std::string_view bare_word(size_t i) const {
    size_t e = i;
    while (!ends_word(at(e))) ++e;
    return src_.substr(std::min(i, src_.size()), e - std::min(i, e));
  }
  // [b, eq) is `name`, `name[…]`, `name+` or `name[…]+`: the word is an assignment.
  bool is_assignment(size_t b, size_t eq) const {
    size_t i = b;
    if (!is_name_start(at(i))) return false;
    while (i < eq && is_name_char(src_[i])) ++i;
    if (i < eq && src_[i] == '[') i = src_.find(']', i) + 1;
    if (i < eq && src_[i] == '+') ++i;
    return i == eq;
  }
  bool is_redirect(size_t i) const {
    while (is_digit(at(i))) ++i;
    return at(i) == '<' || at(i) == '>' || (at(i) == '&' && at(i + 1) == '>');
  }

  // ---- lists and commands ----------------------------------------------------------------------
  size_t scan_list(size_t i, Stop stop);
  size_t scan_command_word(size_t i, ListState& st);
  size_t scan_argument(size_t i, ListState& st);
  size_t close_brace(size_t i, ListState& st);
  void after_condition(size_t end, ListState& st);
  size_t scan_for(size_t kw, size_t kw_end, ListState& st);
  size_t short_for(size_t kw, source::Range name, size_t paren, bool foreach, ListState& st);
  size_t scan_case(size_t i, ListState& st);
  size_t scan_function(size_t kw, size_t kw_end, ListState& st);
  size_t scan_redirect(size_t i);
  size_t skip_heredocs(size_t i);
  // ---- words -----------------------------------------------------------------------------------
  size_t scan_word(size_t i, Ctx ctx);
  size_t scan_array(size_t i);
  size_t scan_test(size_t i);
  size_t scan_arith(size_t i);
  size_t scan_dquote(size_t i);
  size_t scan_dollar(size_t i, Where where);
  size_t scan_param(size_t i, Where where);
  void mask_param(size_t i, size_t close, const std::vector<source::Range>& kept);

  std::string_view src_;
  std::string out_;
  std::vector<source::Range> masked_;
  std::vector<Heredoc> heredocs_;             // announced on this line, read after its newline
  std::vector<source::Range>* kept_ = nullptr;  // `$(…)` inside the `${…}` being scanned
};

std::optional<Frame> pop_until(ListState& st, bool (*wanted)(Frame)) {
  while (!st.frames.empty()) {
    Frame f = st.frames.back();
    st.frames.pop_back();
    if (wanted(f)) return f;
  }
  return std::nullopt;
}

size_t Masker::scan_list(size_t i, Stop stop) {
  ListState st;
  auto separate = [&st] {
    st.command = true;
    st.assigned = false;
    st.cond = kNone;
    st.words.clear();
  };
  while (i < src_.size()) {
    const char c = src_[i];
    if (is_blank(c) || (c == '\\' && at(i + 1) == '\n')) {
      i = skip_blanks(i);
    } else if (c == '\n') {
      i = skip_heredocs(i + 1);
      separate();
    } else if (c == '#') {
      i = line_end(i);
    } else if (c == ')') {
      if (stop == Stop::Paren) return i;
      ++i;
      st.command = false;
    } else if (c == ';') {
      if (stop == Stop::CaseItem && std::string_view(";&|").find(at(i + 1)) != kNone) return i;
      ++i;
      separate();
    } else if (c == '&' && at(i + 1) != '>') {
      if (at(i + 1) == '!' || at(i + 1) == '|') {  // trick 10: zsh's `&!` / `&|` (disown)
        put(i + 1, ' ');
        mark(i, i + 2);
      }
      const bool and_or = at(i + 1) == '&';
      i += at(i + 1) == '&' || at(i + 1) == '!' || at(i + 1) == '|' ? 2 : 1;
      const size_t cond = st.cond;
      separate();
      if (and_or) st.cond = cond;  // `if [[ a ]] && [[ b ]] {` is still a condition
    } else if (c == '|') {
      i += at(i + 1) == '|' || at(i + 1) == '&' ? 2 : 1;
      const size_t cond = st.cond;
      separate();
      st.cond = cond;
    } else if (is_redirect(i)) {
      i = scan_redirect(i);
    } else if (st.command && !st.assigned) {
      if (stop == Stop::CaseItem && bare_word(i) == "esac") return i;
      i = scan_command_word(i, st);
    } else {
      i = scan_argument(i, st);
    }
  }
  return i;
}

size_t Masker::scan_command_word(size_t i, ListState& st) {
  if (src_[i] == '(') {
    st.next_brace = Frame::Brace;
    if (at(i + 1) == '(') {
      size_t end = scan_arith(i + 2);
      st.command = false;
      after_condition(end, st);
      return end;
    }
    size_t k = skip_blanks(i + 1);
    if (at(k) == ')') {  // trick 7: `() {` anonymous function -> brace group
      blank(i, k + 1);
      mark(i, k + 1);
      st.next_brace = Frame::Anonymous;
      return k + 1;
    }
    size_t end = close_paren(scan_list(i + 1, Stop::Paren));
    st.command = false;
    return end;
  }
  const std::string_view w = bare_word(i);
  const size_t e = i + w.size();
  if (w == "{") {
    st.frames.push_back(st.next_brace);
    st.next_brace = Frame::Brace;
    st.cond = kNone;
    return e;
  }
  st.next_brace = Frame::Brace;
  if (w == "}") return close_brace(i, st);
  if (w == "[[") {
    size_t end = scan_test(e);
    st.command = false;
    after_condition(end, st);
    return end;
  }
  if (w == "if" || w == "elif" || w == "while" || w == "until") {
    st.cond = i;
    return e;
  }
  if (w == "then" || w == "else" || w == "do") {
    if (w == "do") st.frames.push_back(Frame::Loop);
    st.cond = kNone;
    return e;
  }
  if (w == "!" || w == "time" || w == "coproc") return e;
  if (w == "fi" || w == "esac") {
    st.command = false;
    return e;
  }
  if (w == "done") {
    if (pop_until(st, [](Frame f) { return f == Frame::Loop || f == Frame::ShortDo; }) ==
        Frame::ShortDo) {  // trick 8: the `done` of a short loop's `do` body
      put(i, '}');
      blank(i + 1, e);
      mark(i, e);
    }
    st.command = false;
    return e;
  }
  if (w == "end" && !st.frames.empty() && st.frames.back() == Frame::Foreach) {
    st.frames.pop_back();  // trick 8: `foreach … end`
    blank(i, e);
    mark(i, e);
    st.command = false;
    return e;
  }
  if (w == "for" || w == "select" || w == "foreach") return scan_for(i, e, st);
  if (w == "case") return scan_case(e, st);
  if (w == "function") return scan_function(i, e, st);
  if (w == "repeat") {  // trick 9: `repeat N` -> blanks, the body stays a command
    size_t end = scan_word(skip_blanks(e), Ctx::Arg);
    blank(i, end);
    mark(i, end);
    return end;
  }
  size_t end = scan_word(i, Ctx::Command);
  size_t eq = src_.find('=', i);
  if (eq < end && is_assignment(i, eq)) {
    st.assigned = true;  // prefix assignments keep command position
    st.command = true;
    return end;
  }
  st.command = false;
  st.words = {{static_cast<uint32_t>(i), static_cast<uint32_t>(end)}};
  size_t j = skip_blanks(end);
  if (at(j) == '(' && at(skip_blanks(j + 1)) == ')') {  // `name () body`
    st.command = true;
    st.words.clear();
    return skip_blanks(j + 1) + 1;
  }
  return end;
}

size_t Masker::scan_argument(size_t i, ListState& st) {
  if (bare_word(i) == "}" &&
      std::any_of(st.frames.begin(), st.frames.end(), [](Frame f) { return is_brace(f); })) {
    return close_brace(i, st);
  }
  if (src_[i] == '(' && at(skip_blanks(i + 1)) == ')' && !st.words.empty()) {
    // trick 10: `a b () {` defines a and b at once; bash takes one name
    for (size_t w = 1; w < st.words.size(); ++w) {
      blank(st.words[w].begin, st.words[w].end);
      mark(st.words[w].begin, st.words[w].end);
    }
    st.command = true;
    st.assigned = false;
    st.words.clear();
    return skip_blanks(i + 1) + 1;
  }
  size_t end = scan_word(i, Ctx::Arg);
  st.words.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(end)});
  return end;
}

size_t Masker::close_brace(size_t i, ListState& st) {
  std::optional<Frame> f = pop_until(st, is_brace);
  if (!f) {  // nothing open: zsh prints it as an argument
    st.command = false;
    return i + 1;
  }
  if ((!st.command || st.assigned) && is_blank(at(i - 1))) {  // trick 6: ` }` -> `;}`
    put(i - 1, ';');
    mark(i - 1, i);
  }
  st.command = false;
  st.assigned = false;
  const size_t j = skip_blanks(i + 1);
  const std::string_view next = bare_word(j);
  if (j == i + 1 || at(j) == '\n') return i + 1;
  if (*f == Frame::ShortIf && (next == "elif" || next == "else")) {  // trick 9
    put(i + 1, ';');
    blank(j, j + next.size());
    mark(i + 1, j + next.size());
    st.command = true;
    if (next == "elif") st.cond = j;
    return j + next.size();
  }
  if (next == "always") {  // trick 9: `} always {`
    put(i + 1, ';');
    blank(j, j + next.size());
    mark(i + 1, j + next.size());
    st.command = true;
    return j + next.size();
  }
  if (*f == Frame::Anonymous && !ends_word(at(j)) && at(j) != '#' && !is_redirect(j)) {
    size_t end = j;  // trick 7: arguments of an anonymous function -> one redirection word
    while (!ends_word(at(end)) && at(end) != '#' && !is_redirect(end)) {
      end = scan_word(end, Ctx::Arg);
      size_t next_word = skip_blanks(end);
      if (ends_word(at(next_word)) || at(next_word) == '#' || is_redirect(next_word)) break;
      end = next_word;
    }
    put(i + 1, '<');
    fill(i + 2, end);
    mark(i + 1, end);
    return end;
  }
  return i + 1;
}

// Trick 9. `end` is just past the `]]` or `))` of an if/elif/while/until condition; zsh lets a
// `{ list }` or, with SHORT_LOOPS (on by default), a plain command follow it directly.
void Masker::after_condition(size_t end, ListState& st) {
  if (st.cond == kNone) return;
  const size_t j = skip_blanks(end);
  const std::string_view next = bare_word(j);
  if (j == end || ends_word(at(j)) || at(j) == '#' || next == "then" || next == "do") return;
  const std::string_view keyword = bare_word(st.cond);
  blank(st.cond, st.cond + keyword.size());
  mark(st.cond, st.cond + keyword.size());
  put(end, ';');
  mark(end, end + 1);
  if (next == "{") st.next_brace = keyword == "if" || keyword == "elif" ? Frame::ShortIf : Frame::Brace;
  st.cond = kNone;
  st.command = true;
}

size_t Masker::scan_for(size_t kw, size_t kw_end, ListState& st) {
  const bool foreach = src_.substr(kw, kw_end - kw) == "foreach";
  size_t j = skip_blanks(kw_end);
  st.command = false;
  if (at(j) == '(' && at(j + 1) == '(') return scan_arith(j + 2);
  std::vector<source::Range> names;
  while (is_name_start(at(j))) {
    size_t e = j;
    while (is_name_char(at(e))) ++e;
    const std::string_view w = src_.substr(j, e - j);
    if (!ends_word(at(e)) || w == "in" || w == "do") break;
    names.push_back({static_cast<uint32_t>(j), static_cast<uint32_t>(e)});
    j = skip_blanks(e);
  }
  if (names.empty()) return j;
  if (at(j) == '(') return short_for(kw, names.back(), j, foreach, st);
  for (size_t n = 1; n < names.size(); ++n) {  // trick 10: `for k v in`: bash takes one name
    blank(names[n].begin, names[n].end);
    mark(names[n].begin, names[n].end);
  }
  if (bare_word(j) != "in") return j;
  const size_t in = j;
  for (j += 2; !ends_word(at(skip_blanks(j))) && at(skip_blanks(j)) != '#';) {
    j = scan_word(skip_blanks(j), Ctx::Arg);
  }
  const size_t semi = skip_blanks(j);
  if (at(semi) != ';' || !is_blank(at(semi + 1)) || bare_word(skip_space(semi + 1)) == "do" ||
      in != names[0].end + 1) {
    return j;
  }
  // trick 8: `for f in list; cmd` (SHORT_LOOPS) -> `    f=(  list);cmd`
  blank(kw, names[0].begin);
  put(names[0].end, '=');
  put(in, '(');
  put(in + 1, ' ');
  put(semi, ')');
  put(semi + 1, ';');
  mark(kw, semi + 2);
  st.command = true;
  return semi + 2;
}

// Trick 8. `paren` is the `(` of `for NAME (` / `foreach NAME (`; the header becomes `NAME=(`.
size_t Masker::short_for(size_t kw, source::Range name, size_t paren, bool foreach,
                         ListState& st) {
  put(paren - 1, '=');
  size_t id = paren - 2;
  if (!is_name_char(src_[id])) {
    put(id, '_');  // `for f  (`: no room for the name, so the variable is `_`
  } else {
    id = std::max<size_t>(name.begin, kw);
  }
  blank(kw, id);
  mark(kw, paren + 1);
  size_t end = scan_array(paren + 1);
  if (at(end) != ')') return end;
  ++end;
  if (foreach) {
    st.frames.push_back(Frame::Foreach);
    return end;
  }
  const size_t j = skip_blanks(end);
  const size_t body = skip_space(at(j) == ';' ? j + 1 : j);
  if (bare_word(body) == "do") {  // `for f (list); do … done` -> `f=(list); { … }`
    if (at(j) != ';' && at(j) != '\n') {  // `for f (list) do`
      if (!is_blank(at(end))) return end;
      put(end, ';');
    }
    put(body, '{');
    put(body + 1, ' ');
    mark(end, body + 2);
    st.frames.push_back(Frame::ShortDo);
    st.command = true;
    return body + 2;
  }
  if (j > end && !ends_word(at(j)) && at(j) != '#') {  // `for f (list) cmd` -> `f=(list);cmd`
    put(end, ';');
    mark(end, end + 1);
    st.command = true;
    return j;
  }
  return end;
}

size_t Masker::scan_case(size_t i, ListState& st) {
  i = skip_space(scan_word(skip_blanks(i), Ctx::Arg));
  st.command = false;
  if (bare_word(i) != "in") return i;  // zsh's `case x { … }`: not handled
  i += 2;
  while (i < src_.size()) {
    i = skip_space(i);
    if (bare_word(i) == "esac") return i + 4;
    if (at(i) == '(') ++i;
    while (i < src_.size() && at(i) != ')') {
      size_t e = (is_blank(at(i)) || at(i) == '\n' || at(i) == '|') ? i : scan_word(i, Ctx::Pattern);
      i = e == i ? i + 1 : e;
    }
    i = scan_list(i + 1, Stop::CaseItem);
    if (at(i) == ';') {
      if (at(i + 1) == '|') {  // trick 10: zsh's `;|` is bash's `;;&`; `;;` has the same shape
        put(i + 1, ';');
        mark(i, i + 2);
      }
      i += 2;
      if (at(i) == '&') ++i;
    }
  }
  return i;
}

size_t Masker::scan_function(size_t kw, size_t kw_end, ListState& st) {
  size_t j = skip_blanks(kw_end);
  if (bare_word(j) == "{" || (at(j) == '(' && at(skip_blanks(j + 1)) == ')')) {
    size_t body = at(j) == '{' ? j : skip_blanks(j + 1) + 1;  // trick 7: `function {`
    blank(kw, body);
    mark(kw, body);
    st.next_brace = Frame::Anonymous;
    return body;
  }
  size_t k = skip_blanks(scan_word(j, Ctx::Arg));
  while (!ends_word(at(k)) && at(k) != '#' && bare_word(k) != "{") {  // trick 10: more names
    size_t e = scan_word(k, Ctx::Arg);
    blank(k, e);
    mark(k, e);
    k = skip_blanks(e);
  }
  if (at(k) == '(' && at(skip_blanks(k + 1)) == ')') k = skip_blanks(k + 1) + 1;
  st.command = true;
  return k;
}

size_t Masker::scan_redirect(size_t i) {
  while (is_digit(at(i))) ++i;
  if (at(i) == '&') i += at(i + 2) == '>' ? 3 : 2;  // &> &>>
  if ((at(i) == '<' || at(i) == '>') && at(i + 1) == '(') {  // process substitution
    return close_paren(scan_list(i + 2, Stop::Paren));
  }
  if (at(i) == '<' && at(i + 1) == '<' && at(i + 2) != '<') {
    i += 2;
    const bool strip = at(i) == '-';
    i = skip_blanks(strip ? i + 1 : i);
    Heredoc doc{"", strip};
    for (; !ends_word(at(i)); ++i) {
      const char c = src_[i];
      if (c == '\'' || c == '"') {
        size_t e = quote_end(i, false);
        doc.delimiter += src_.substr(i + 1, e - i - 2);
        i = e - 1;
      } else if (c != '\\') {
        doc.delimiter += c;
      }
    }
    heredocs_.push_back(std::move(doc));
    return i;
  }
  if (at(i) == '>' && at(i + 1) == '!') {  // trick 10: zsh's `>!` is bash's `>|`
    put(i + 1, '|');
    mark(i, i + 2);
  } else if (at(i) == '>' && at(i + 1) == '>' && at(i + 2) == '!') {
    put(i + 2, ' ');
    mark(i, i + 3);
  }
  while (std::string_view("<>&|!").find(at(i)) != kNone && at(i) != '\0') ++i;
  i = skip_blanks(i);
  return ends_word(at(i)) || at(i) == '#' ? i : scan_word(i, Ctx::Arg);
}

size_t Masker::skip_heredocs(size_t i) {
  for (const Heredoc& doc : heredocs_) {
    while (i < src_.size()) {
      const size_t e = line_end(i);
      std::string_view line = src_.substr(i, e - i);
      if (doc.strip_tabs) line.remove_prefix(std::min(line.find_first_not_of('\t'), line.size()));
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      i = std::min(e + 1, src_.size());
      if (line == doc.delimiter) break;
    }
  }
  heredocs_.clear();
  return i;
}

// ---- words ---------------------------------------------------------------------------------------

size_t Masker::scan_word(size_t i, Ctx ctx) {
  const size_t start = i;
  while (i < src_.size()) {
    const char c = src_[i];
    if (c == '(') {
      if (ctx == Ctx::Command && at(skip_blanks(i + 1)) == ')') break;  // `name() {`
      if (i > start && src_[i - 1] == '=' && ctx != Ctx::Test && ctx != Ctx::Pattern &&
          is_assignment(start, i - 1)) {
        return close_paren(scan_array(i + 1));  // `name=(…)`: an array, as in bash
      }
      if (i == start + 1 && src_[start] == '=') {  // trick 10: `=(cmd)` -> `<(cmd)`
        put(start, '<');
        mark(start, start + 1);
        i = close_paren(scan_list(i + 1, Stop::Paren));
        continue;
      }
      const size_t e = group_end(i);  // trick 5: glob qualifier or group, glued to the word
      if (e == kNone) {
        ++i;
        continue;
      }
      fill(i, e + 1);
      mark(i, e + 1);
      i = e + 1;
      continue;
    }
    if (ends_word(c)) break;
    if (c == '\\') {
      i += 2;
    } else if (c == '\'' || c == '`') {
      i = quote_end(i, c == '`');
    } else if (c == '"') {
      i = scan_dquote(i + 1);
    } else if (c == '$') {
      i = scan_dollar(i, Where::Word);
    } else {
      ++i;
    }
  }
  return std::min(i, src_.size());
}

size_t Masker::scan_array(size_t i) {
  while (i < src_.size() && src_[i] != ')') {
    const char c = src_[i];
    if (c == '#' && (is_blank(at(i - 1)) || at(i - 1) == '\n' || at(i - 1) == '(')) {
      i = line_end(i);
    } else if (c == '(' || !ends_word(c)) {
      size_t e = scan_word(i, Ctx::Array);
      i = e == i ? i + 1 : e;
    } else {
      ++i;
    }
  }
  return i;
}

// `i` just past `[[`; returns just past `]]`. After `==`, `=` and `!=` comes a pattern, where a
// `(` is zsh grouping (trick 5); elsewhere a lone `(` groups tests, as in bash.
size_t Masker::scan_test(size_t i) {
  bool pattern = false;
  while (i < src_.size()) {
    const char c = src_[i];
    if (c == ']' && at(i + 1) == ']' && ends_word(at(i + 2))) return i + 2;
    if (is_blank(c) || c == '\n' || c == '\\' || (!pattern && (c == '(' || c == ')'))) {
      i += c == '\\' ? 2 : 1;
    } else if (c == '&' || c == '|' || c == '<' || c == '>' || c == ')' || c == ';') {
      i += at(i + 1) == c ? 2 : 1;
      pattern = false;
    } else if (src_.substr(i, 3) == "=~ ") {  // a bash regex: its parentheses are its own
      i = skip_blanks(i + 2);
      for (int depth = 0; i < src_.size(); ++i) {
        if (src_[i] == '\\') ++i;
        if (src_[i] == '(') ++depth;
        if (src_[i] == ')') --depth;
        if (depth <= 0 && (is_blank(src_[i]) || src_[i] == '\n')) break;
      }
      pattern = false;
    } else {
      size_t e = scan_word(i, pattern ? Ctx::Pattern : Ctx::Test);
      const std::string_view w = src_.substr(i, e - i);
      pattern = w == "==" || w == "=" || w == "!=";
      i = e == i ? i + 1 : e;
    }
  }
  return i;
}

// `i` just past `((` or `$((`; returns just past the closing `))`.
size_t Masker::scan_arith(size_t i) {
  for (int depth = 0; i < src_.size();) {
    const char c = src_[i];
    if (c == ')' && depth == 0) return at(i + 1) == ')' ? i + 2 : i + 1;
    if (c == '$') {
      i = scan_dollar(i, Where::Math);
      continue;
    }
    if (c == '[' && at(i + 1) == '(' && group_end(i + 1) != kNone) {  // trick 4: `x[(I)y]`
      const size_t e = group_end(i + 1);
      fill(i + 1, e + 1);
      mark(i + 1, e + 1);
      i = e + 1;
      continue;
    }
    if (c == '"' || c == '\'') {
      i = c == '"' ? scan_dquote(i + 1) : quote_end(i, false);
      continue;
    }
    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    i += c == '\\' ? 2 : 1;
  }
  return i;
}

size_t Masker::scan_dquote(size_t i) {
  while (i < src_.size() && src_[i] != '"') {
    if (src_[i] == '\\') {
      i += 2;
    } else if (src_[i] == '$') {
      i = scan_dollar(i, Where::Quoted);
    } else if (src_[i] == '`') {
      i = quote_end(i, true);
    } else {
      ++i;
    }
  }
  return std::min(i + 1, src_.size());
}

size_t Masker::scan_dollar(size_t i, Where where) {
  const char d = at(i + 1);
  if (d == '{') return scan_param(i, where);
  if (d == '(') {
    if (at(i + 2) == '(') return scan_arith(i + 3);
    const size_t end = close_paren(scan_list(i + 2, Stop::Paren));
    if (kept_) kept_->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(end)});
    return end;
  }
  if ((d == '\'' || d == '"') && where != Where::Quoted) {
    return d == '"' ? scan_dquote(i + 2) : quote_end(i + 1, true);
  }
  size_t j = i + 1;
  while (is_sigil(at(j))) ++j;
  if (j > i + 1 && is_name_start(at(j))) {  // trick 3 (and 4 in math): `$^path`, `$+commands`
    if (where == Where::Math && j == i + 2 && d == '+') {
      put(i, '0');
    } else {
      fill(i + 1, j);
    }
    mark(i, j);
  } else if (where == Where::Math && d == '#' && is_name_start(at(i + 2))) {
    put(i, '0');
    put(i + 1, '+');
    mark(i, i + 2);
    j = i + 2;
  } else if (!is_name_start(d)) {
    return is_digit(d) || std::string_view("@*#?-$!").find(d) != kNone ? i + 2 : i + 1;
  }
  size_t e = j;
  while (is_name_char(at(e))) ++e;
  if (at(e) != '[') return e;
  // `$name[…]` subscripts like `${name[…]}` in zsh
  size_t k = e;
  while (k < src_.size() && src_[k] != ']' && src_[k] != '\n' && !is_blank(src_[k])) ++k;
  if (at(k) != ']') return e;
  if (at(e + 1) == '(') {
    fill(e + 1, k);
    mark(e, k + 1);
  }
  if (where == Where::Math && j == i + 1) {  // trick 4: `$x[1]` -> ` x[1]`
    put(i, ' ');
    mark(i, k + 1);
  }
  return k + 1;
}

// `i` at the `$` of `${`; returns just past the matching `}`.
size_t Masker::scan_param(size_t i, Where where) {
  std::vector<source::Range> kept;
  std::vector<source::Range>* outer = std::exchange(kept_, &kept);
  size_t j = i + 2;
  for (int depth = 0; j < src_.size();) {
    const char c = src_[j];
    if (c == '}' && depth == 0) break;
    if (c == '\\') {
      j += 2;
    } else if ((c == '\'' && where != Where::Quoted) || c == '`') {
      j = quote_end(j, c == '`');
    } else if (c == '"') {
      j = scan_dquote(j + 1);
    } else if (c == '$') {
      j = scan_dollar(j, where == Where::Math ? Where::Word : where);
    } else {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      ++j;
    }
  }
  kept_ = outer;
  if (j < src_.size()) mask_param(i, j, kept);
  if (outer) outer->insert(outer->end(), kept.begin(), kept.end());
  return std::min(j + 1, src_.size());
}

// Tricks 1-4 on one `${…}` whose `}` is at `close`; bash shapes are left as they are.
void Masker::mask_param(size_t i, size_t close, const std::vector<source::Range>& kept) {
  size_t p = i + 2;
  while (p < close && is_sigil(src_[p])) ++p;
  const size_t sigils = p - (i + 2);
  bool general = false;
  if (sigils == 0 && (src_[p] == '#' || src_[p] == '!') && p + 1 < close) {
    const char n = src_[p + 1];
    if (n == '$' || n == '(' || n == '"' || n == '{') general = true;  // `${#${(z)x}}`
    if (is_name_char(n) || n == '@' || n == '*') ++p;                    // `${#x}` `${!x}`
  }
  const size_t name = p;
  if (is_name_start(at(p))) {
    while (p < close && is_name_char(src_[p])) ++p;
  } else if (is_digit(at(p))) {
    while (p < close && is_digit(src_[p])) ++p;
  } else if (p < close && std::string_view("@*#?-$!").find(src_[p]) != kNone && sigils == 0) {
    ++p;
  }
  if (p == name) general = true;  // flags `${(s.:.)x}`, nested `${${x}}`, `${"$(cmd)"}`
  source::Range flags{};  // inside `[(I)x]`, trick 4
  if (!general && at(p) == '[') {
    size_t k = p;
    for (int depth = 0; k < close; ++k) {
      depth += src_[k] == '[' ? 1 : src_[k] == ']' ? -1 : 0;
      if (depth == 0) break;
    }
    if (at(p + 1) == '(') flags = {static_cast<uint32_t>(p + 1), static_cast<uint32_t>(k)};
    p = k + 1;
    if (at(p) == '[') general = true;  // `${a[1][2]}`: zsh indexes twice
  }
  size_t modifier = kNone;
  if (!general && p < close) {
    const char o = src_[p], n = at(p + 1);
    if (o == ':' && std::string_view("-=?+:( \t$").find(n) == kNone && !is_digit(n)) {
      modifier = p;  // trick 2: `${0:A:h}`, `${x:#pat}`, `${a:|b}`
    } else if (o != ':' && std::string_view("-=?+#%/^,@").find(o) == kNone) {
      general = true;
    }
  }
  if (!general) {
    fill(i + 2, i + 2 + sigils);  // trick 3
    fill(flags.begin, flags.end);
    if (modifier != kNone) put(modifier, '-');
    if (sigils > 0 || flags.end > 0 || modifier != kNone) mark(i, close + 1);
    return;
  }
  mark(i, close + 1);
  // trick 1: `${_-…}` with every byte but '\n' and kept `$(…)` turned to '_'
  size_t b = i + 2;
  if (close - b >= 2) {
    put(b, '_');
    put(b + 1, '-');
    b += 2;
  }
  for (size_t k = b; k < close; ++k) {
    auto in_kept = [&](const source::Range& r) { return r.begin >= b && k >= r.begin && k < r.end; };
    if (std::none_of(kept.begin(), kept.end(), in_kept)) put(k, '_');
  }
}

}  // namespace

MaskedText mask_zsh(std::string_view original) { return Masker(original).run(); }

}  // namespace rclint::syntax
