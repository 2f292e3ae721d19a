// src/syntax/zsh_mask_words.cpp: the word half of mask_zsh()'s scanner: quoting, `$` expansions,
// glob patterns, `[[ ]]` and math (the tricks are listed in zsh_mask.h).
#include "syntax/zsh_mask_scanner.h"

namespace rclint::syntax::detail {
namespace {

bool is_sigil(char c) { return is_one_of(c, "~=^+"); }

}  // namespace

size_t ZshScanner::scan_word(size_t i, Ctx ctx) {
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

size_t ZshScanner::scan_array(size_t i) {
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
size_t ZshScanner::scan_test(size_t i) {
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
size_t ZshScanner::scan_arith(size_t i) {
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

size_t ZshScanner::scan_dquote(size_t i) {
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

size_t ZshScanner::scan_dollar(size_t i, Where where) {
  if (nesting_ >= kMaxNesting && (at(i + 1) == '{' || at(i + 1) == '(')) {
    return std::min(skip_nested(i + 2, at(i + 1), at(i + 1) == '{' ? '}' : ')') + 1, src_.size());
  }
  ++nesting_;
  size_t end = scan_dollar_body(i, where);
  --nesting_;
  return end;
}

size_t ZshScanner::scan_dollar_body(size_t i, Where where) {
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
size_t ZshScanner::scan_param(size_t i, Where where) {
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
void ZshScanner::mask_param(size_t i, size_t close, const std::vector<source::Range>& kept) {
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
    auto holds = [&](const source::Range& r) { return r.begin >= b && k >= r.begin && k < r.end; };
    if (std::none_of(kept.begin(), kept.end(), holds)) put(k, '_');
  }
  mark(i, close + 1);
}

}  // namespace rclint::syntax::detail
