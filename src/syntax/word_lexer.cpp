#include "syntax/word_lexer.h"

#include <cctype>
#include <string>

namespace rclint::syntax {

std::string_view to_string(Dialect dialect) {
  switch (dialect) {
    case Dialect::Bash:
      return "bash";
    case Dialect::Zsh:
      return "zsh";
    case Dialect::Posix:
      return "sh";
  }
  return "sh";
}

namespace {

bool is_name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
bool is_special_parameter(char c) {
  return c == '@' || c == '*' || c == '#' || c == '?' || c == '$' || c == '!' || c == '-' ||
         std::isdigit(static_cast<unsigned char>(c));
}

// Index of the character that closes a construct whose opening ended just before `i`
// (`close` is `}`, `)`, `]` or `"`). Iterative, with its own stack of closers: a word may nest
// `${…${…}}` or `$($(…))` thousands deep, and recursion would overflow the thread's stack.
size_t find_close(std::string_view raw, size_t i, char close) {
  std::vector<char> closers{close};
  while (i < raw.size()) {
    char top = closers.back();
    char c = raw[i];
    if (c == '\\') {
      i += 2;
      continue;
    }
    if (c == top) {
      closers.pop_back();
      if (closers.empty()) return i;
      ++i;
      continue;
    }
    if (c == '`') {  // command substitution in backquotes: to the next unescaped backquote
      ++i;
      while (i < raw.size() && raw[i] != '`') i += raw[i] == '\\' ? 2 : 1;
      ++i;
      continue;
    }
    if (c == '$' && i + 1 < raw.size() && (raw[i + 1] == '(' || raw[i + 1] == '{')) {
      closers.push_back(raw[i + 1] == '(' ? ')' : '}');
      i += 2;
      continue;
    }
    if (top != '"') {
      if (c == '\'' && top != ']') {
        size_t end = raw.find('\'', i + 1);
        i = end == std::string_view::npos ? raw.size() : end + 1;
        continue;
      }
      if (c == '"') {
        closers.push_back('"');
      } else if ((c == '(' && top == ')') || (c == '{' && top == '}') || (c == '[' && top == ']')) {
        closers.push_back(top);
      }
    }
    ++i;
  }
  return raw.size();
}

// Skips a double-quoted string starting after its opening quote; returns the index past `"`.
size_t skip_double_quoted(std::string_view raw, size_t i) {
  return std::min(find_close(raw, i, '"') + 1, raw.size());
}

// Words nest (`${a:-${b:-…}}`). Past this depth an expansion is left unevaluated (its value
// unknown), so that no input exhausts the stack of the lexer or of what walks its parts.
constexpr int kMaxNesting = 100;

class Lexer {
 public:
  Lexer(std::string_view raw, uint32_t base, Dialect dialect, WordPlace place, int depth = 0)
      : raw_(raw), base_(base), dialect_(dialect), place_(place), depth_(depth) {}

  std::vector<WordPart> run() {
    size_t i = 0;
    bool at_tilde_point = true;  // the start of the word, or after `:` in an assignment
    while (i < raw_.size()) {
      char c = raw_[i];
      // zsh expands an unquoted `~` after any `:` of an assignment's value, quoted or escaped
      // (`GOPATH="$GOPATH:"~/go` gives /home/u/go in zsh, a literal ~ in bash and dash).
      if (c == '~' && dialect_ == Dialect::Zsh && place_ == WordPlace::AssignmentValue &&
          !parts_.empty() && parts_.back().kind == PartKind::Literal &&
          parts_.back().text.ends_with(':')) {
        at_tilde_point = true;
      }
      if (c == '~' && at_tilde_point) {
        i = tilde(i);
        at_tilde_point = false;
        continue;
      }
      at_tilde_point = false;
      if (c == '\\') {
        if (i + 1 < raw_.size() && raw_[i + 1] == '\n') {
          i += 2;  // line continuation: removed
          continue;
        }
        literal(i, std::min(i + 2, raw_.size()), std::string(raw_.substr(i + 1, 1)), false);
        i += 2;
      } else if (c == '\'') {
        size_t end = raw_.find('\'', i + 1);
        if (end == std::string_view::npos) end = raw_.size();
        literal(i, std::min(end + 1, raw_.size()), std::string(raw_.substr(i + 1, end - i - 1)),
                true);
        i = end + 1;
      } else if (c == '$' && i + 1 < raw_.size() && raw_[i + 1] == '\'' &&
                 dialect_ != Dialect::Posix) {  // dash has no $'…': a `$`, then '…'
        i = ansi_c(i);
      } else if (c == '$' && i + 1 < raw_.size() && raw_[i + 1] == '"') {
        i = double_quoted(i + 1);  // $"…" (locale translation) reads like "…"
      } else if (c == '"') {
        i = double_quoted(i);
      } else if (c == '$' || c == '`') {
        i = dollar(i, false);
      } else if ((c == '<' || c == '>' || (c == '=' && dialect_ == Dialect::Zsh && i == 0)) &&
                 i + 1 < raw_.size() && raw_[i + 1] == '(') {
        size_t end = std::min(find_close(raw_, i + 2, ')') + 1, raw_.size());
        push(PartKind::ProcessSubst, i, end, std::string(raw_.substr(i + 2, end - i - 3)), false);
        i = end;
      } else if (c == '*' || c == '?' ||
                 (c == '[' && raw_.find(']', i + 1) != std::string_view::npos)) {
        size_t end = c == '[' ? raw_.find(']', i + 1) + 1 : i + 1;
        push(PartKind::Glob, i, end, std::string(raw_.substr(i, end - i)), false);
        i = end;
      } else if (c == '(' && dialect_ == Dialect::Zsh) {
        // zsh glob qualifiers and flags: *.zsh(N), (#i)*.txt
        size_t end = std::min(find_close(raw_, i + 1, ')') + 1, raw_.size());
        push(PartKind::Glob, i, end, std::string(raw_.substr(i, end - i)), false);
        i = end;
      } else if (c == '{' && place_ == WordPlace::Argument && has_brace_expansion(i)) {
        size_t end = find_close(raw_, i + 1, '}') + 1;
        push(PartKind::Glob, i, end, std::string(raw_.substr(i, end - i)), false);
        i = end;
      } else {
        literal(i, i + 1, std::string(1, c), false);
        if (c == ':' && place_ == WordPlace::AssignmentValue) at_tilde_point = true;
        ++i;
      }
    }
    return std::move(parts_);
  }

 private:
  void push(PartKind kind, size_t begin, size_t end, std::string value, bool quoted) {
    WordPart part;
    part.kind = kind;
    part.text = std::move(value);
    part.quoted = quoted;
    part.range = {base_ + static_cast<uint32_t>(begin), base_ + static_cast<uint32_t>(end)};
    parts_.push_back(std::move(part));
  }

  // Adjacent literal text with the same quoting merges into one part.
  void literal(size_t begin, size_t end, std::string value, bool quoted) {
    if (!parts_.empty() && parts_.back().kind == PartKind::Literal &&
        parts_.back().quoted == quoted && parts_.back().range.end == base_ + begin) {
      parts_.back().text += value;
      parts_.back().range.end = base_ + static_cast<uint32_t>(end);
      return;
    }
    push(PartKind::Literal, begin, end, std::move(value), quoted);
  }

  bool has_brace_expansion(size_t open) const {
    if (dialect_ == Dialect::Posix) return false;
    size_t close = find_close(raw_, open + 1, '}');
    if (close >= raw_.size()) return false;
    std::string_view inside = raw_.substr(open + 1, close - open - 1);
    return inside.find(',') != std::string_view::npos ||
           inside.find("..") != std::string_view::npos;
  }

  size_t tilde(size_t i) {
    size_t end = i + 1;
    while (end < raw_.size() && raw_[end] != '/' &&
           !(raw_[end] == ':' && place_ == WordPlace::AssignmentValue)) {
      char c = raw_[end];
      // A quoted or expanded character in the prefix means no tilde expansion at all.
      if (c == '"' || c == '\'' || c == '$' || c == '\\' || c == '`') {
        literal(i, i + 1, "~", false);
        return i + 1;
      }
      ++end;
    }
    push(PartKind::Tilde, i, end, std::string(raw_.substr(i + 1, end - i - 1)), false);
    return end;
  }

  size_t ansi_c(size_t i) {
    std::string value;
    size_t j = i + 2;
    while (j < raw_.size() && raw_[j] != '\'') {
      if (raw_[j] == '\\' && j + 1 < raw_.size()) {
        char e = raw_[j + 1];
        switch (e) {
          case 'n':
            value += '\n';
            break;
          case 't':
            value += '\t';
            break;
          case 'r':
            value += '\r';
            break;
          case 'e':
          case 'E':
            value += '\x1b';
            break;
          case 'a':
            value += '\a';
            break;
          case '0':
            value += '\0';
            break;
          default:
            value += e;
            break;
        }
        j += 2;
      } else {
        value += raw_[j++];
      }
    }
    literal(i, std::min(j + 1, raw_.size()), std::move(value), true);
    return j + 1;
  }

  size_t double_quoted(size_t open) {
    size_t i = open + 1;
    while (i < raw_.size() && raw_[i] != '"') {
      char c = raw_[i];
      if (c == '\\' && i + 1 < raw_.size()) {
        char next = raw_[i + 1];
        if (next == '$' || next == '`' || next == '"' || next == '\\') {
          literal(i, i + 2, std::string(1, next), true);
        } else if (next != '\n') {
          literal(i, i + 2, std::string(raw_.substr(i, 2)), true);
        }
        i += 2;
      } else if (c == '$' || c == '`') {
        i = dollar(i, true);
      } else {
        literal(i, i + 1, std::string(1, c), true);
        ++i;
      }
    }
    // An empty "" still makes a (quoted, empty) word part: `X=""` is set to the empty string.
    if (i == open + 1) literal(open, std::min(i + 1, raw_.size()), "", true);
    return i + 1;
  }

  size_t dollar(size_t i, bool quoted) {
    if (raw_[i] == '`') {
      size_t end = i + 1;
      while (end < raw_.size() && raw_[end] != '`') end += raw_[end] == '\\' ? 2 : 1;
      end = std::min(end, raw_.size());
      push(PartKind::CommandSubst, i, std::min(end + 1, raw_.size()),
           std::string(raw_.substr(i + 1, end - i - 1)), quoted);
      return end + 1;
    }
    if (i + 1 >= raw_.size()) {
      literal(i, i + 1, "$", quoted);
      return i + 1;
    }
    char next = raw_[i + 1];
    if (next == '(') {
      bool arithmetic = i + 2 < raw_.size() && raw_[i + 2] == '(';
      size_t close = find_close(raw_, i + 2, ')');
      size_t end = std::min(close + 1, raw_.size());
      if (arithmetic) {
        push(PartKind::Arithmetic, i, end,
             std::string(raw_.substr(i + 3, end > i + 5 ? end - i - 5 : 0)), quoted);
      } else {
        push(PartKind::CommandSubst, i, end, std::string(raw_.substr(i + 2, close - i - 2)),
             quoted);
      }
      return end;
    }
    if (next == '{') {
      size_t close = find_close(raw_, i + 2, '}');
      size_t end = std::min(close + 1, raw_.size());
      parameter(i, end, raw_.substr(i + 2, close - i - 2), quoted);
      return end;
    }
    if (is_name_start(next)) {
      size_t end = i + 1;
      while (end < raw_.size() && is_name_char(raw_[end])) ++end;
      std::string name(raw_.substr(i + 1, end - i - 1));
      // zsh: $path[1] subscripts without braces (KSH_ARRAYS off).
      std::string subscript;
      if (dialect_ == Dialect::Zsh && end < raw_.size() && raw_[end] == '[') {
        size_t close = raw_.find(']', end);
        if (close != std::string_view::npos) {
          subscript = std::string(raw_.substr(end + 1, close - end - 1));
          end = close + 1;
        }
      }
      push(PartKind::Parameter, i, end, name, quoted);
      parts_.back().subscript = subscript;
      return end;
    }
    if (dialect_ == Dialect::Zsh && next == '#' && i + 2 < raw_.size() &&
        is_name_start(raw_[i + 2])) {
      // zsh: $#name is the length of name.
      size_t end = i + 2;
      while (end < raw_.size() && is_name_char(raw_[end])) ++end;
      push(PartKind::Parameter, i, end, std::string(raw_.substr(i + 2, end - i - 2)), quoted);
      parts_.back().op = "length";
      return end;
    }
    if (is_special_parameter(next)) {
      push(PartKind::Parameter, i, i + 2, std::string(1, next), quoted);
      return i + 2;
    }
    if (dialect_ == Dialect::Zsh && (next == '^' || next == '=' || next == '~' || next == '+') &&
        i + 2 < raw_.size() && is_name_start(raw_[i + 2])) {
      // $^path, $=var, $~pattern, $+commands: zsh flags on a plain parameter
      size_t end = i + 2;
      while (end < raw_.size() && is_name_char(raw_[end])) ++end;
      push(PartKind::Parameter, i, end, std::string(raw_.substr(i + 2, end - i - 2)), quoted);
      parts_.back().zsh_flags = std::string(1, next);
      if (next == '+') parts_.back().op = "other";
      return end;
    }
    literal(i, i + 1, "$", quoted);
    return i + 1;
  }

  // The argument of an expansion inside "…" is quoted too: `"${GOPATH:-~/go}"` keeps a literal
  // `~` in zsh, bash and dash alike.
  static void mark_quoted(std::vector<WordPart>& parts) {
    for (WordPart& piece : parts) {
      piece.quoted = true;
      if (piece.kind == PartKind::Tilde) {
        piece.kind = PartKind::Literal;
        piece.text = "~" + piece.text;
      }
      mark_quoted(piece.argument);
    }
  }

  // The inside of ${…}: flags, name, subscript, zsh modifiers, operator and argument.
  void parameter(size_t begin, size_t end, std::string_view inside, bool quoted) {
    push(PartKind::Parameter, begin, end, "?", quoted);
    WordPart& part = parts_.back();
    if (depth_ >= kMaxNesting) {
      part.op = "other";
      return;
    }
    size_t at = 0;
    const auto offset = static_cast<uint32_t>(begin + 2);
    if (dialect_ == Dialect::Zsh) {
      if (at < inside.size() && inside[at] == '(') {
        size_t close = inside.find(')', at);
        if (close == std::string_view::npos) close = inside.size();
        part.zsh_flags += std::string(inside.substr(at + 1, close - at - 1));
        at = close + 1;
      }
      while (at < inside.size() &&
             (inside[at] == '=' || inside[at] == '^' || inside[at] == '~' || inside[at] == '+')) {
        if (inside[at] == '+') part.op = "other";
        part.zsh_flags += inside[at++];
      }
      if (at + 1 < inside.size() && inside[at] == '$' && inside[at + 1] == '{') {
        // ${${(%):-%x}:a:h}: an expansion of an expansion. Keep the inner one as the argument
        // and modifiers after it; anything else after it stays unevaluated.
        size_t inner_end = std::min(find_close(inside, at + 2, '}') + 1, inside.size());
        part.op = "nested";
        part.argument =
            nested(inside.substr(at, inner_end - at), base_ + offset + static_cast<uint32_t>(at));
        std::string_view rest = inside.substr(inner_end);
        if (rest.size() > 1 && rest[0] == ':' &&
            std::isalpha(static_cast<unsigned char>(rest[1]))) {
          part.zsh_modifiers = std::string(rest);
        } else if (!rest.empty()) {
          part.op = "other";
        }
        return;
      }
    }
    if (at < inside.size() && (inside[at] == '#' || inside[at] == '!') && at + 1 < inside.size() &&
        (is_name_start(inside[at + 1]) || is_special_parameter(inside[at + 1]))) {
      part.op = inside[at] == '#' ? "length" : "other";
      ++at;
    }
    size_t name_begin = at;
    if (at < inside.size() && is_name_start(inside[at])) {
      while (at < inside.size() && is_name_char(inside[at])) ++at;
    } else if (at < inside.size() && std::isdigit(static_cast<unsigned char>(inside[at]))) {
      while (at < inside.size() && std::isdigit(static_cast<unsigned char>(inside[at]))) ++at;
    } else if (at < inside.size() && is_special_parameter(inside[at])) {
      ++at;
    } else if (dialect_ == Dialect::Zsh && inside.substr(at, 2) == ":-") {
      // ${(%):-%x}: no name, only a default word for the flags to act on.
      part.text.clear();
      part.op = ":-";
      part.argument = nested(inside.substr(at + 2), base_ + offset + static_cast<uint32_t>(at + 2));
      return;
    } else {
      part.op = "other";
      return;
    }
    part.text = std::string(inside.substr(name_begin, at - name_begin));
    if (at < inside.size() && inside[at] == '[') {
      size_t close = find_close(inside, at + 1, ']');
      part.subscript = std::string(inside.substr(at + 1, close - at - 1));
      at = std::min(close + 1, inside.size());
    }
    if (at >= inside.size()) return;
    if (dialect_ == Dialect::Zsh && inside[at] == ':' && at + 1 < inside.size() &&
        std::isalpha(static_cast<unsigned char>(inside[at + 1]))) {
      part.zsh_modifiers = std::string(inside.substr(at));  // ${0:A:h}: modifiers, not a substring
      return;
    }
    static constexpr std::string_view kOperators[] = {":-", ":=", ":+", ":?", "##", "%%", "//",
                                                      "-",  "=",  "+",  "?",  "#",  "%",  "/"};
    for (std::string_view op : kOperators) {
      if (inside.substr(at, op.size()) == op) {
        part.op = std::string(op);
        at += op.size();
        std::string_view argument = inside.substr(at);
        part.argument = nested(argument, base_ + offset + static_cast<uint32_t>(at));
        if (quoted) mark_quoted(part.argument);
        return;
      }
    }
    part.op = "other";  // substrings ${X:1:2}, case changes ${X^^}, anything unusual
  }

  std::vector<WordPart> nested(std::string_view raw, uint32_t base) {
    return Lexer(raw, base, dialect_, WordPlace::Argument, depth_ + 1).run();
  }

  std::string_view raw_;
  uint32_t base_;
  Dialect dialect_;
  WordPlace place_;
  int depth_;
  std::vector<WordPart> parts_;
};

}  // namespace

size_t skip_construct(std::string_view raw, size_t open) {
  if (open >= raw.size()) return raw.size();
  char c = raw[open];
  if (c == '\'') {
    size_t end = raw.find('\'', open + 1);
    return end == std::string_view::npos ? raw.size() : end + 1;
  }
  if (c == '"') return skip_double_quoted(raw, open + 1);
  if (c == '`') {
    size_t i = open + 1;
    while (i < raw.size() && raw[i] != '`') i += raw[i] == '\\' ? 2 : 1;
    return std::min(i + 1, raw.size());
  }
  if (c == '$' && open + 1 < raw.size()) {
    if (raw[open + 1] == '{') return std::min(find_close(raw, open + 2, '}') + 1, raw.size());
    if (raw[open + 1] == '(') return std::min(find_close(raw, open + 2, ')') + 1, raw.size());
  }
  if (c == '(') return std::min(find_close(raw, open + 1, ')') + 1, raw.size());
  return open + 1;
}

std::vector<WordPart> lex_word(std::string_view raw, uint32_t base, Dialect dialect,
                               WordPlace place) {
  return Lexer(raw, base, dialect, place).run();
}

Word make_word(std::string_view raw, uint32_t base, Dialect dialect, WordPlace place) {
  Word word;
  word.raw = raw;
  word.range = {base, base + static_cast<uint32_t>(raw.size())};
  word.parts = lex_word(raw, base, dialect, place);
  return word;
}

std::vector<Word> split_words(std::string_view raw, uint32_t base, Dialect dialect) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < raw.size()) {
    while (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\n')) ++i;
    if (i >= raw.size()) break;
    size_t start = i;
    while (i < raw.size() && raw[i] != ' ' && raw[i] != '\t' && raw[i] != '\n') {
      char c = raw[i];
      if (c == '\\') {
        i += 2;
      } else if (c == '\'' || c == '"' || c == '`' ||
                 (c == '$' && i + 1 < raw.size() && (raw[i + 1] == '(' || raw[i + 1] == '{'))) {
        i = skip_construct(raw, i);
      } else {
        ++i;
      }
    }
    i = std::min(i, raw.size());
    words.push_back(make_word(raw.substr(start, i - start), base + static_cast<uint32_t>(start),
                              dialect, WordPlace::Pattern));
  }
  return words;
}

}  // namespace rclint::syntax
