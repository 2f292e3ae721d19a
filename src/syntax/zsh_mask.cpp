// src/syntax/zsh_mask.cpp: mask_zsh() and the command-list half of its scanner (the word half is
// zsh_mask_words.cpp; zsh_mask_scanner.h has the class, zsh_mask.h the tricks and why).
//
// Why a scanner and not the tree: tree-sitter-bash loses the rest of a file on common zsh, often
// without an ERROR node (` }` without `;` swallows all that follows into one function body), so
// the text must be fixed before parsing. It knows quoting, comments, heredocs and command position,
// rewrites each zsh-only piece, and copies everything else byte for byte.
#include "syntax/zsh_mask.h"

#include "syntax/zsh_mask_scanner.h"

namespace rclint::syntax {
namespace detail {

MaskedText ZshScanner::run() {
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

size_t ZshScanner::scan_list(size_t i, Stop stop) {
  if (nesting_ >= kMaxNesting) {
    return stop == Stop::Paren ? skip_nested(i, '(', ')') : src_.size();
  }
  ++nesting_;
  size_t end = scan_list_body(i, stop);
  --nesting_;
  return end;
}

size_t ZshScanner::scan_list_body(size_t i, Stop stop) {
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

size_t ZshScanner::scan_command_word(size_t i, ListState& st) {
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
size_t ZshScanner::scan_paren(size_t i, ListState& st) {
  st.command = false;
  if (at(i + 1) == '(') return after_condition(scan_arith(i + 2), st);
  const size_t k = skip_blanks(i + 1);
  if (at(k) != ')') return close_paren(scan_list(i + 1, Stop::Paren));
  erase(i, k + 1);  // trick 7: `() {` -> `   {`
  st.command = true;
  st.next_brace = Frame::Anonymous;
  return k + 1;
}

size_t ZshScanner::scan_simple_command(size_t i, ListState& st) {
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

size_t ZshScanner::scan_argument(size_t i, ListState& st) {
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

size_t ZshScanner::close_brace(size_t i, ListState& st) {
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
size_t ZshScanner::after_condition(size_t end, ListState& st) {
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

size_t ZshScanner::scan_for(size_t kw, size_t kw_end, ListState& st) {
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
size_t ZshScanner::short_for(size_t kw, size_t paren, bool foreach, ListState& st) {
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

size_t ZshScanner::scan_repeat(size_t kw, size_t kw_end) {
  const size_t end = scan_word(skip_blanks(kw_end), Ctx::Arg);
  erase(kw, end);  // trick 9: `repeat N` -> blanks, the body stays a command
  const size_t semi = skip_blanks(end);
  const size_t body = skip_space(at(semi) == ';' ? semi + 1 : semi);
  if (bare_word(body) != "do" || end - kw < 8) return end;
  write(kw, "while :");  // `repeat N; do … done` -> `while :  ; do … done`
  if (semi == body) write(end, ";");
  return end;
}

size_t ZshScanner::scan_case(size_t i, ListState& st) {
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

size_t ZshScanner::scan_function(size_t kw, size_t kw_end, ListState& st) {
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

size_t ZshScanner::scan_redirect(size_t i) {
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
size_t ZshScanner::heredoc(size_t i) {
  std::pair<std::string, bool> doc{"", at(i) == '-'};
  for (i = skip_blanks(doc.second ? i + 1 : i); !ends_word(at(i)); ++i) {
    if (src_[i] == '\'' || src_[i] == '"') {
      const size_t e = quote_end(i, false);
      doc.first += src_.substr(i + 1, e - i - 2);
      i = e - 1;
    } else if (src_[i] != '\\') {
      doc.first += src_[i];
    }
  }
  heredocs_.push_back(std::move(doc));
  return i;
}

size_t ZshScanner::skip_heredocs(size_t i) {
  for (const auto& doc : heredocs_) {
    for (bool found = false; i < src_.size() && !found; i = std::min(i + 1, src_.size())) {
      std::string_view line = src_.substr(i, line_end(i) - i);
      i += line.size();
      if (doc.second) line.remove_prefix(std::min(line.find_first_not_of('\t'), line.size()));
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      found = line == doc.first;
    }
  }
  heredocs_.clear();
  return i;
}

}  // namespace detail

MaskedText mask_zsh(std::string_view original) { return detail::ZshScanner(original).run(); }

}  // namespace rclint::syntax
