// src/syntax/zsh_mask.cpp: same-length bash filler for zsh-only syntax (see zsh_mask.h).
//
// Why: tree-sitter-bash loses the rest of a file on common zsh, often without an ERROR node
// (` }` without `;` swallows everything after it into one function body). One left-to-right
// scanner that knows quoting, comments, heredocs and command position rewrites each zsh-only
// piece; all else is copied, and '\n' is never written, so lines and offsets survive. The tricks,
// each keeping the statement structure (words in a masked range are re-read from the original):
//  1. `${(flags)…}`, `${${…}…}`, `${#${…}}`: zsh-only forms -> `${_-____}`, one bash expansion;
//     a `$(…)` inside is kept, so the commands it runs still show.
//  2. `${0:A:h}`, `${path:#pat}`, `${a:|b}`: zsh modifiers -> `${0-A:h}` (one byte); the name
//  stays.
//  3. `${~x}` `${=x}` `${^x}` `${+x}`, `$^x` `$=x` `$~x` `$+x`: the sigil becomes `_`, a plain
//  name.
//  4. `[(I)pat]` subscript flags -> `[______]`. In math, `$+x` -> `0+x`, `$#x` -> `0+x`, and
//     `$x[1]` -> ` x[1]`, which is what tree-sitter's arithmetic grammar accepts.
//  5. Glob qualifiers, groups and numeric ranges (`*.zsh(N)`, `(#i)*`, `^(a|b)`, `== (a|b)*`,
//     `<->`) -> `_` filler glued to the word, so the word stays one word.
//  6. ` }` closing a brace group where bash needs `;}`: the blank before it becomes `;`.
//  7. Anonymous functions `() {` / `function {` -> `   {`, a brace group, which like zsh runs
//     the body at once (a named definition would not run it); arguments after `}` -> `}<____`.
//  8. Short loops `for f (list) cmd`, `foreach f (list) … end`, `for f in list; cmd` ->
//     `    f=(list);cmd`: an array assignment of the loop variable, then the body; a `do … done`
//     body becomes `{ … }`, and `end` becomes blanks.
//  9. Short conditions `if [[ c ]] { … } elif … else { … }`, `while (( c )) { … }`,
//     `if [[ c ]] cmd` -> the keyword becomes blanks and ` {` becomes `;{` (the condition is in
//     the masked range); `]] then` -> `]];then`; `repeat N` -> blanks (before `do`: `while :`);
//     `} always {` -> `};      {`.
// 10. `=(cmd)` -> `<(cmd)`; `&!` / `&|` -> `& `; `>!` -> `>|`; `>>!` -> `>> `; `;|` -> `;;`;
//     `case x; in` -> `case x  in`; extra names in `function a b {`, `a b () {`, `for k v in` ->
//     blanks.
// Not handled (rare in startup files; each breaks only its own statement): `case x { … }`,
// `f() cmd` (a body without braces), `for ((…)) cmd`, function names with `$`, backquoted zsh.
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
bool is_one_of(char c, std::string_view set) { return c != '\0' && set.find(c) != kNone; }
// Characters that end an unquoted word in both shells ('\0' stands for the end of the text).
bool ends_word(char c) { return c == '\0' || is_blank(c) || is_one_of(c, "\n;&|<>()"); }
bool is_sigil(char c) { return is_one_of(c, "~=^+"); }

// What is open in one command list, innermost last: `{` groups and `do` bodies.
enum class Frame { Brace, Anonymous, ShortIf, Loop, ShortDo, Foreach };
bool is_brace(Frame f) { return f == Frame::Brace || f == Frame::Anonymous || f == Frame::ShortIf; }
bool is_loop(Frame f) { return f == Frame::Loop || f == Frame::ShortDo; }

enum class Stop { End, Paren, CaseItem };
// Where a word is: it decides what an unquoted `(` inside it means.
enum class Ctx { Command, Arg, Array, Test, Pattern };
enum class Where { Word, Quoted, Math };

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
  // ---- writing: every change is marked; '\n' is never overwritten ------------------------------
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

  // ---- reading
  // -----------------------------------------------------------------------------------
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
    if (b < eq && src_[b] == '[') b = src_.find(']', b) + 1;
    if (b < eq && src_[b] == '+') ++b;
    return b == eq;
  }
  bool is_redirect(size_t i) const {
    if (at(i) == '<' && numeric_glob_end(i) != kNone) return false;
    while (is_digit(at(i))) ++i;
    return at(i) == '<' || at(i) == '>' || (at(i) == '&' && at(i + 1) == '>');
  }
  bool ends_command(size_t i) const { return ends_word(at(i)) || at(i) == '#' || is_redirect(i); }

  // ---- lists and commands
  // ------------------------------------------------------------------------
  size_t scan_list(size_t i, Stop stop) {
    ListState st;
    while (i < src_.size()) {
      const char c = src_[i], d = at(i + 1);
      if (is_blank(c) || (c == '\\' && d == '\n')) {
        i = skip_blanks(i);
      } else if (c == '\n') {
        i = skip_heredocs(i + 1);
        st.separate(false);
      } else if (c == '#') {
        i = line_end(i);
      } else if ((c == ')' && stop == Stop::Paren) ||
                 (c == ';' && stop == Stop::CaseItem && is_one_of(d, ";&|"))) {
        return i;
      } else if (c == ';' || c == ')') {
        ++i;
        st.separate(false);
      } else if ((c == '&' && d != '>') || c == '|') {
        if (c == '&' && (d == '!' || d == '|')) write(i + 1, " ");  // trick 10: `&!`, `&|`
        i += d == c || (c == '|' && d == '&') || (c == '&' && (d == '!' || d == '|')) ? 2 : 1;
        st.separate(c == '|' || d == '&');  // `if [[ a ]] && [[ b ]] {` is still a condition
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

  size_t scan_command_word(size_t i, ListState& st) {
    const std::string_view w = bare_word(i);
    const size_t e = i + w.size();
    const Frame brace = std::exchange(st.next_brace, Frame::Brace);
    if (src_[i] == '(') return scan_paren(i, st);
    if (w == "{") {
      st.frames.push_back(brace);
      st.cond = kNone;
      return e;
    }
    if (w == "}") return close_brace(i, st);
    if (w == "[[") return after_condition(scan_test(e), st);
    if (w == "if" || w == "elif" || w == "while" || w == "until") st.cond = i;
    if (w == "then" || w == "else" || w == "do") st.cond = kNone;
    if (w == "do") st.frames.push_back(Frame::Loop);
    if (w == "if" || w == "elif" || w == "while" || w == "until" || w == "then" || w == "else" ||
        w == "do" || w == "!" || w == "time" || w == "coproc") {
      return e;  // the next word is a command too
    }
    if (w == "done" && st.pop_until(is_loop) == Frame::ShortDo) write(i, "}   ");  // trick 8
    if (w == "end" && !st.frames.empty() && st.frames.back() == Frame::Foreach) {
      st.frames.pop_back();
      erase(i, e);  // trick 8: the `end` of `foreach`
    } else if (w == "for" || w == "select" || w == "foreach") {
      return scan_for(i, e, st);
    } else if (w == "case") {
      return scan_case(e, st);
    } else if (w == "function") {
      return scan_function(i, e, st);
    } else if (w == "repeat") {
      return scan_repeat(i, e);
    } else if (w != "done" && w != "fi" && w != "esac") {
      return scan_simple_command(i, st);
    }
    st.command = false;
    return e;
  }

  // `(` at command position: `((…))`, `() {` or a subshell.
  size_t scan_paren(size_t i, ListState& st) {
    st.command = false;
    if (at(i + 1) == '(') return after_condition(scan_arith(i + 2), st);
    const size_t k = skip_blanks(i + 1);
    if (at(k) != ')') return close_paren(scan_list(i + 1, Stop::Paren));
    erase(i, k + 1);  // trick 7: `() {` -> `   {`
    st.command = true;
    st.next_brace = Frame::Anonymous;
    return k + 1;
  }

  size_t scan_simple_command(size_t i, ListState& st) {
    const size_t end = scan_word(i, Ctx::Command);
    const size_t eq = src_.find('=', i);
    if (eq < end && is_assignment(i, eq)) {
      st.assigned = true;  // prefix assignments keep command position
      return end;
    }
    st.command = false;
    st.words = {{i, end}};
    const size_t j = skip_blanks(end);
    if (at(j) != '(' || at(skip_blanks(j + 1)) != ')') return end;
    st.separate(true);  // `name () body`: the body is at command position
    return skip_blanks(j + 1) + 1;
  }

  size_t scan_argument(size_t i, ListState& st) {
    if (bare_word(i) == "}" && std::any_of(st.frames.begin(), st.frames.end(), is_brace)) {
      return close_brace(i, st);
    }
    if (src_[i] == '(' && at(skip_blanks(i + 1)) == ')' && !st.words.empty()) {
      for (size_t w = 1; w < st.words.size(); ++w) {  // trick 10: `a b () {`, bash takes one
        erase(st.words[w].first, st.words[w].second);
      }
      st.separate(true);
      return skip_blanks(i + 1) + 1;
    }
    const size_t end = scan_word(i, Ctx::Arg);
    st.words.emplace_back(i, end);
    return end;
  }

  size_t close_brace(size_t i, ListState& st) {
    const std::optional<Frame> f = st.pop_until(is_brace);
    const bool needs_semicolon = !st.command || st.assigned;
    st.command = false;
    if (!f) return i + 1;  // nothing open: zsh passes it as an argument
    if (needs_semicolon && is_blank(at(i - 1))) write(i - 1, ";");  // trick 6
    st.assigned = false;
    const size_t j = skip_blanks(i + 1);
    const std::string_view next = bare_word(j);
    if (j == i + 1) return i + 1;
    if ((*f == Frame::ShortIf && (next == "elif" || next == "else")) || next == "always") {
      write(i + 1, ";");  // trick 9: `} elif`, `} else`, `} always`
      erase(j, j + next.size());
      st.command = true;
      if (next == "elif") st.cond = j;
      return j + next.size();
    }
    if (*f != Frame::Anonymous || ends_command(j)) return i + 1;
    size_t end = j;  // trick 7: arguments of an anonymous function -> one redirection word
    while (!ends_command(end = skip_blanks(scan_word(end, Ctx::Arg)))) {
    }
    while (is_blank(at(end - 1))) --end;
    write(i + 1, "<");
    glue(i + 2, end);
    return end;
  }

  // Trick 9. `end` is just past the `]]` or `))` of a condition. zsh lets `then` follow without
  // `;`, and a `{ list }` or, with SHORT_LOOPS (on by default), a plain command follow directly.
  size_t after_condition(size_t end, ListState& st) {
    st.command = false;
    if (st.cond == kNone) return end;
    const size_t j = skip_blanks(end);
    const std::string_view next = bare_word(j);
    if (j > end && (next == "then" || next == "do")) write(end, ";");
    if (j == end || ends_command(j) || next == "then" || next == "do") return end;
    const std::string_view keyword = bare_word(st.cond);
    erase(st.cond, st.cond + keyword.size());
    write(end, ";");
    if (next == "{" && (keyword == "if" || keyword == "elif")) st.next_brace = Frame::ShortIf;
    st.cond = kNone;
    st.command = true;
    return end;
  }

  size_t scan_for(size_t kw, size_t kw_end, ListState& st) {
    size_t j = skip_blanks(kw_end);
    st.command = false;
    if (at(j) == '(' && at(j + 1) == '(') return scan_arith(j + 2);
    std::vector<std::pair<size_t, size_t>> names;
    while (is_name_start(at(j))) {
      size_t e = j;
      while (is_name_char(at(e))) ++e;
      const std::string_view w = src_.substr(j, e - j);
      if (!ends_word(at(e)) || w == "in" || w == "do") break;
      names.emplace_back(j, e);
      j = skip_blanks(e);
    }
    if (names.empty()) return j;
    if (at(j) == '(') return short_for(kw, j, src_.substr(kw, 7) == "foreach", st);
    for (size_t n = 1; n < names.size(); ++n) erase(names[n].first, names[n].second);  // trick 10
    if (bare_word(j) != "in") return j;
    const size_t in = j;
    for (j += 2; !ends_command(skip_blanks(j));) j = scan_word(skip_blanks(j), Ctx::Arg);
    const size_t semi = skip_blanks(j);
    if (at(semi) != ';' || !is_blank(at(semi + 1)) || bare_word(skip_space(semi + 1)) == "do" ||
        in != names[0].second + 1) {
      return j;
    }
    erase(kw, names[0].first);  // trick 8: `for f in list; cmd` -> `    f=(  list);cmd`
    write(names[0].second, "=( ");
    write(semi, ");");
    st.command = true;
    return semi + 2;
  }

  // Trick 8. `paren` is the `(` of `for NAME (` or `foreach NAME (`: the head becomes `NAME=(`.
  size_t short_for(size_t kw, size_t paren, bool foreach, ListState& st) {
    size_t id = paren - 2;  // the variable ends here; `for f  (` has no room, so it becomes `_`
    if (is_name_char(src_[id])) {
      while (is_name_char(src_[id - 1])) --id;
    } else {
      write(id, "_");
    }
    erase(kw, id);
    write(paren - 1, "=");
    size_t end = close_paren(scan_array(paren + 1));
    if (foreach) st.frames.push_back(Frame::Foreach);
    const size_t j = skip_blanks(end);
    const size_t body = skip_space(at(j) == ';' ? j + 1 : j);
    if (foreach || at(end - 1) != ')') return end;
    if (bare_word(body) == "do") {  // `for f (list); do … done` -> `f=(list); { … }`
      if (at(j) != ';' && at(j) != '\n' && !is_blank(at(end))) return end;
      if (at(j) != ';' && at(j) != '\n') write(end, ";");
      write(body, "{ ");
      st.frames.push_back(Frame::ShortDo);
      st.command = true;
      return body + 2;
    }
    if (j == end || ends_command(j)) return end;
    write(end, ";");  // `for f (list) cmd` -> `f=(list);cmd`
    st.command = true;
    return j;
  }

  size_t scan_repeat(size_t kw, size_t kw_end) {
    const size_t end = scan_word(skip_blanks(kw_end), Ctx::Arg);
    erase(kw, end);  // trick 9: `repeat N` -> blanks, the body stays a command
    const size_t semi = skip_blanks(end);
    const size_t body = skip_space(at(semi) == ';' ? semi + 1 : semi);
    if (bare_word(body) != "do" || end - kw < 8) return end;
    write(kw, "while :");  // `repeat N; do … done` -> `while :  ; do … done`
    if (semi == body) write(end, ";");
    return end;
  }

  size_t scan_case(size_t i, ListState& st) {
    i = skip_space(scan_word(skip_blanks(i), Ctx::Arg));
    st.command = false;
    if (at(i) == ';') erase(i, i + 1);  // trick 10: zsh takes `case $x; in`
    i = skip_space(at(i) == ';' ? i + 1 : i);
    if (bare_word(i) != "in") return i;  // zsh's `case x { … }`: not handled
    for (i += 2; i < src_.size();) {
      i = skip_space(i);
      if (bare_word(i) == "esac") return i + 4;
      // `(a|b) cmd`: the optional paren; `(free|net)bsd*)`, `(a|b))`: a group in the pattern
      const size_t g = at(i) == '(' ? match_end(i, '(', ')') : kNone;
      if (at(i) == '(' && (g == kNone || (ends_word(at(g + 1)) && at(g + 1) != ')'))) ++i;
      while (i < src_.size() && src_[i] != ')') {
        const bool plain = is_blank(src_[i]) || src_[i] == '\n' || src_[i] == '|';
        const size_t e = plain ? i : scan_word(i, Ctx::Pattern);
        i = e == i ? i + 1 : e;
      }
      i = scan_list(i + 1, Stop::CaseItem);
      if (at(i) == ';' && at(i + 1) == '|') write(i + 1, ";");  // trick 10: `;|` -> `;;`
      if (at(i) == ';') i += at(i + 2) == '&' ? 3 : 2;
    }
    return i;
  }

  size_t scan_function(size_t kw, size_t kw_end, ListState& st) {
    const size_t j = skip_blanks(kw_end);
    if (bare_word(j) == "{" || (at(j) == '(' && at(skip_blanks(j + 1)) == ')')) {
      const size_t body = at(j) == '{' ? j : skip_blanks(j + 1) + 1;
      erase(kw, body);  // trick 7: `function {`
      st.next_brace = Frame::Anonymous;
      return body;
    }
    size_t k = skip_blanks(scan_word(j, Ctx::Arg));
    while (!ends_command(k) && bare_word(k) != "{") {  // trick 10: `function a b {`
      const size_t e = scan_word(k, Ctx::Arg);
      erase(k, e);
      k = skip_blanks(e);
    }
    if (at(k) == '(' && at(skip_blanks(k + 1)) == ')') k = skip_blanks(k + 1) + 1;
    return k;
  }

  size_t scan_redirect(size_t i) {
    while (is_digit(at(i))) ++i;
    if (at(i) == '&') i += at(i + 2) == '>' ? 3 : 2;   // &> &>>
    if (is_one_of(at(i), "<>") && at(i + 1) == '(') {  // process substitution
      return close_paren(scan_list(i + 2, Stop::Paren));
    }
    if (at(i) == '<' && at(i + 1) == '<' && at(i + 2) != '<') return heredoc(i + 2);
    if (at(i) == '>' && at(i + 1) == '!') write(i + 1, "|");  // trick 10: `>!` -> `>|`
    if (src_.substr(i, 3) == ">>!") write(i + 2, " ");
    while (is_one_of(at(i), "<>&|!")) ++i;
    i = skip_blanks(i);
    return ends_word(at(i)) || at(i) == '#' ? i : scan_word(i, Ctx::Arg);
  }

  // `i` just past `<<`: records the delimiter; the body is skipped at the end of the line.
  size_t heredoc(size_t i) {
    Heredoc doc{"", at(i) == '-'};
    for (i = skip_blanks(doc.strip_tabs ? i + 1 : i); !ends_word(at(i)); ++i) {
      if (src_[i] == '\'' || src_[i] == '"') {
        const size_t e = quote_end(i, false);
        doc.delimiter += src_.substr(i + 1, e - i - 2);
        i = e - 1;
      } else if (src_[i] != '\\') {
        doc.delimiter += src_[i];
      }
    }
    heredocs_.push_back(std::move(doc));
    return i;
  }

  size_t skip_heredocs(size_t i) {
    for (const Heredoc& doc : heredocs_) {
      for (bool found = false; i < src_.size() && !found; i = std::min(i + 1, src_.size())) {
        std::string_view line = src_.substr(i, line_end(i) - i);
        i += line.size();
        if (doc.strip_tabs) line.remove_prefix(std::min(line.find_first_not_of('\t'), line.size()));
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        found = line == doc.delimiter;
      }
    }
    heredocs_.clear();
    return i;
  }

  // ---- words
  // -------------------------------------------------------------------------------------
  size_t scan_word(size_t i, Ctx ctx) {
    const size_t start = i;
    while (i < src_.size()) {
      const char c = src_[i];
      if (c == '(' && i > start && src_[i - 1] == '=' && (ctx == Ctx::Command || ctx == Ctx::Arg) &&
          is_assignment(start, i - 1)) {
        return close_paren(scan_array(i + 1));  // `name=(…)`: an array, as in bash
      }
      if (c == '(' && ctx == Ctx::Command && at(skip_blanks(i + 1)) == ')') break;  // `name() {`
      if (c == '(' && i == start + 1 && src_[start] == '=') {  // trick 10: `=(cmd)` -> `<(cmd)`
        write(start, "<");
        i = close_paren(scan_list(i + 1, Stop::Paren));
        continue;
      }
      const size_t group = c == '(' ? match_end(i, '(', ')') : kNone;
      const size_t range = c == '<' ? numeric_glob_end(i) : kNone;
      if (group != kNone || range != kNone) {  // trick 5: a qualifier, group or `<->`
        const size_t end = group != kNone ? group + 1 : range;
        glue(i, end);
        i = end;
        continue;
      }
      if (c == '(') {
        ++i;
      } else if (ends_word(c)) {
        break;
      } else if (c == '\\') {
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

  size_t scan_array(size_t i) {
    while (i < src_.size() && src_[i] != ')') {
      const char c = src_[i], prev = i > 0 ? src_[i - 1] : '\n';
      if (c == '#' && (is_blank(prev) || prev == '\n' || prev == '(')) {
        i = line_end(i);
      } else if (c == '(' || !ends_word(c)) {
        const size_t e = scan_word(i, Ctx::Array);
        i = e == i ? i + 1 : e;
      } else {
        ++i;
      }
    }
    return i;
  }

  // `i` just past `[[`; returns just past `]]`. After `==`, `=` and `!=` comes a pattern, where a
  // `(` is zsh grouping (trick 5); elsewhere a lone `(` groups tests, as in bash.
  size_t scan_test(size_t i) {
    for (bool pattern = false; i < src_.size();) {
      const char c = src_[i];
      if (c == ']' && at(i + 1) == ']' && ends_word(at(i + 2))) return i + 2;
      if (is_blank(c) || c == '\n' || c == '\\' || (!pattern && (c == '(' || c == ')'))) {
        i += c == '\\' ? 2 : 1;
      } else if (is_one_of(c, "&|>);") || (c == '<' && numeric_glob_end(i) == kNone)) {
        i += at(i + 1) == c ? 2 : 1;
        pattern = false;
      } else if (src_.substr(i, 3) == "=~ ") {  // a bash regex: its parentheses are its own
        i = skip_blanks(i + 2);
        for (int depth = 0; i < src_.size(); ++i) {
          if (src_[i] == '\\') ++i;
          depth += at(i) == '(' ? 1 : at(i) == ')' ? -1 : 0;
          if (depth <= 0 && (is_blank(at(i)) || at(i) == '\n')) break;
        }
        pattern = false;
      } else {
        const size_t e = scan_word(i, pattern ? Ctx::Pattern : Ctx::Test);
        const std::string_view w = src_.substr(i, e - i);
        pattern = w == "==" || w == "=" || w == "!=";
        i = e == i ? i + 1 : e;
      }
    }
    return i;
  }

  // `i` just past `((` or `$((`; returns just past the closing `))`.
  size_t scan_arith(size_t i) {
    for (int depth = 0; i < src_.size();) {
      const char c = src_[i];
      const size_t flags = c == '[' && at(i + 1) == '(' ? match_end(i + 1, '(', ')') : kNone;
      if (c == ')' && depth == 0) return at(i + 1) == ')' ? i + 2 : i + 1;
      if (c == '$') {
        i = scan_dollar(i, Where::Math);
      } else if (flags != kNone) {
        glue(i + 1, flags + 1);  // trick 4: `x[(I)y]`
        i = flags + 1;
      } else if (c == '"' || c == '\'') {
        i = c == '"' ? scan_dquote(i + 1) : quote_end(i, false);
      } else {
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        i += c == '\\' ? 2 : 1;
      }
    }
    return i;
  }

  size_t scan_dquote(size_t i) {
    while (i < src_.size() && src_[i] != '"') {
      if (src_[i] == '\\') {
        i += 2;
      } else if (src_[i] == '$') {
        i = scan_dollar(i, Where::Quoted);
      } else {
        i = src_[i] == '`' ? quote_end(i, true) : i + 1;
      }
    }
    return std::min(i + 1, src_.size());
  }

  size_t scan_dollar(size_t i, Where where) {
    const char d = at(i + 1);
    if (d == '{') return scan_param(i, where);
    if (d == '(' && at(i + 2) == '(') return scan_arith(i + 3);
    if (d == '(') {
      const size_t end = close_paren(scan_list(i + 2, Stop::Paren));
      if (kept_) kept_->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(end)});
      return end;
    }
    if (d == '"' && where != Where::Quoted) return scan_dquote(i + 2);
    if (d == '\'' && where != Where::Quoted) return quote_end(i + 1, true);
    size_t j = i + 1;
    while (is_sigil(at(j))) ++j;
    if (j > i + 1 && is_name_start(at(j))) {  // trick 3 (4 in math): `$^path`, `$+commands`
      if (where == Where::Math && d == '+' && j == i + 2) {
        write(i, "0");
      } else {
        glue(i + 1, j);
      }
      mark(i, j);
    } else if (where == Where::Math && d == '#' && is_name_start(at(i + 2))) {
      write(i, "0+");
      j = i + 2;
    } else if (!is_name_start(d)) {
      return is_digit(d) || is_one_of(d, "@*#?-$!") ? i + 2 : i + 1;
    }
    size_t e = j;
    while (is_name_char(at(e))) ++e;
    // `$name[…]` subscripts, as with braces; the caller scans a plain one as word text
    const size_t k = at(e) == '[' ? match_end(e, '[', ']') : kNone;
    if (k == kNone) return e;
    if (where == Where::Math && j == i + 1) write(i, " ");  // trick 4: `$x[1]` -> ` x[1]`
    if (at(e + 1) != '(') return e;
    glue(e + 1, k);  // trick 4: `$x[(I)pat]`
    mark(i, k + 1);
    return k + 1;
  }

  // `i` at the `$` of `${`; returns just past the matching `}`.
  size_t scan_param(size_t i, Where where) {
    std::vector<source::Range> kept;
    std::vector<source::Range>* outer = std::exchange(kept_, &kept);
    size_t j = i + 2;
    for (int depth = 0; j < src_.size() && (src_[j] != '}' || depth > 0);) {
      const char c = src_[j];
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
  void mask_param(size_t i, size_t close, const std::vector<source::Range>& kept) {
    size_t p = i + 2;
    while (p < close && is_sigil(src_[p])) ++p;
    const size_t sigils = p - (i + 2);
    bool general = false;  // trick 1
    if (sigils == 0 && (src_[p] == '#' || src_[p] == '!') && p + 1 < close) {
      general = is_one_of(src_[p + 1], "$(\"{");                           // `${#${(z)x}}`
      if (is_name_char(src_[p + 1]) || is_one_of(src_[p + 1], "@*")) ++p;  // `${#x}` `${!x}`
    }
    const size_t name = p;
    if (is_name_start(at(p))) {
      while (p < close && is_name_char(src_[p])) ++p;
    } else if (is_digit(at(p))) {
      while (p < close && is_digit(src_[p])) ++p;
    } else if (p < close && is_one_of(src_[p], "@*#?-$!") && sigils == 0) {
      if (at(++p) == '[') general = true;  // `${@[-1]}`
    }
    general = general || p == name;         // flags `${(s.:.)x}`, nested `${${x}}`, `${"$(cmd)"}`
    std::pair<size_t, size_t> flags{0, 0};  // trick 4: inside `[(I)x]`
    if (!general && at(p) == '[') {
      const size_t k = std::min(match_end(p, '[', ']'), close);
      if (at(p + 1) == '(' || src_.substr(p, k - p).find(",(") != kNone) flags = {p + 1, k};
      p = k + 1;
      general = at(p) == '[';  // `${a[1][2]}`: zsh indexes twice
    }
    general = general || (p < close && name > i + 2 && src_[name - 1] == '#');  // `${#a:|b}`
    const char op = at(p), next = at(p + 1);
    const bool modifier = !general && p < close && op == ':' && !is_digit(next) &&
                          !is_one_of(next, "-=?+:( \t$");  // trick 2: `${0:A:h}`, `${a:#pat}`
    if (!general && p < close && op != ':' && !is_one_of(op, "-=?+#%/^,@")) general = true;
    if (!general) {
      if (sigils > 0) glue(i + 2, i + 2 + sigils);  // trick 3
      if (flags.second > 0) glue(flags.first, flags.second);
      if (modifier) write(p, "-");
      if (sigils > 0 || flags.second > 0 || modifier) mark(i, close + 1);
      return;
    }
    // trick 1: `${_-…}`, every byte but '\n' and a kept `$(…)` turned to '_'
    const size_t b = close - (i + 2) >= 2 ? i + 4 : i + 2;
    write(i + 2, std::string_view("_-").substr(0, b - (i + 2)));
    for (size_t k = b; k < close; ++k) {
      auto holds = [&](const source::Range& r) {
        return r.begin >= b && k >= r.begin && k < r.end;
      };
      if (std::none_of(kept.begin(), kept.end(), holds)) put(k, '_');
    }
    mark(i, close + 1);
  }

  std::string_view src_;
  std::string out_;
  std::vector<source::Range> masked_;
  std::vector<Heredoc> heredocs_;               // announced on this line, read after its newline
  std::vector<source::Range>* kept_ = nullptr;  // `$(…)` inside the `${…}` being scanned
};

}  // namespace

MaskedText mask_zsh(std::string_view original) { return Masker(original).run(); }

}  // namespace rclint::syntax
