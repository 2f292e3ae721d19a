// Whole words: field splitting on $IFS, globs against the file system (declared in
// static_value.h).
#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "base/text.h"
#include "startup/command_model.h"
#include "startup/static_value.h"
#include "syntax/word_lexer.h"

namespace rclint::startup {

using syntax::PartKind;
using syntax::WordPart;

Found find_command(const std::string& name, const EvalScope& scope) {
  auto executable = [&](const std::string& path) {
    if (scope.fs == nullptr || scope.may_stat == nullptr ||
        !scope.may_stat(path, scope.may_stat_data)) {
      return Found::NotChecked;
    }
    source::FileStatus status = scope.fs->status(path);
    return status.type == source::FileType::Regular && status.executable ? Found::Yes : Found::No;
  };
  if (name.empty()) return Found::No;
  if (name.find('/') != std::string::npos) {
    return name[0] == '/' ? executable(name) : Found::Unknown;
  }
  const Variable* path = scope.env->find("PATH");
  if (path == nullptr) return scope.env->taint().empty() ? Found::No : Found::Unknown;
  if (path->maybe_unset) return Found::Unknown;
  bool not_checked = false;
  for (const Value& entry : path->value.split(':')) {
    auto dir = entry.text();
    if (!dir) return Found::Unknown;
    if (dir->empty() || (*dir)[0] != '/') continue;  // the working directory: not modelled
    Found found = executable(source::path::join(*dir, name));
    if (found == Found::Yes) return Found::Yes;
    if (found == Found::NotChecked) not_checked = true;
  }
  return not_checked ? Found::NotChecked : Found::No;
}

std::optional<std::vector<std::string>> path_candidates(const Value& value,
                                                        const EvalScope& scope) {
  if (scope.fs == nullptr) return std::nullopt;
  std::string prefix;
  std::string rest;  // a glob: unknown parts become '*'
  bool unknown_seen = false;
  for (const Piece& piece : value.pieces()) {
    if (!piece.known) {
      unknown_seen = true;
      rest += '*';
    } else if (unknown_seen) {
      if (piece.text.find_first_of("*?[\\") != std::string::npos) return std::nullopt;
      rest += piece.text;
    } else {
      prefix += piece.text;
    }
  }
  if (!unknown_seen || !prefix.starts_with('/')) return std::nullopt;
  size_t slash = prefix.rfind('/');
  std::string dir = slash == 0 ? "/" : prefix.substr(0, slash);
  rest = prefix.substr(slash + 1) + rest;
  if (scope.may_stat != nullptr && !scope.may_stat(dir, scope.may_stat_data)) {
    return std::nullopt;
  }
  source::FileStatus status = scope.fs->status(dir);
  if (!status.exists() && status.error.empty()) return std::vector<std::string>{};
  if (status.type != source::FileType::Directory || rest.find('/') != std::string::npos ||
      (scope.may_glob != nullptr && !scope.may_glob(dir))) {
    return std::nullopt;
  }
  std::vector<std::string> candidates;
  for (const std::string& name : scope.fs->list(dir)) {
    if (glob_match(rest, name)) candidates.push_back(source::path::join(dir, name));
  }
  return candidates;
}

bool glob_match(std::string_view pattern, std::string_view name) {
  size_t p = 0;
  size_t n = 0;
  size_t star = std::string_view::npos;
  size_t resume = 0;
  while (n < name.size()) {
    if (p < pattern.size() && pattern[p] == '[') {
      size_t close = pattern.find(']', p + 1);
      if (close != std::string_view::npos) {
        std::string_view set = pattern.substr(p + 1, close - p - 1);
        bool negate = !set.empty() && (set[0] == '!' || set[0] == '^');
        if (negate) set.remove_prefix(1);
        bool hit = false;
        for (size_t k = 0; k < set.size(); ++k) {
          if (k + 2 < set.size() && set[k + 1] == '-') {
            hit = hit || (name[n] >= set[k] && name[n] <= set[k + 2]);
            k += 2;
          } else {
            hit = hit || name[n] == set[k];
          }
        }
        if (hit != negate) {
          p = close + 1;
          ++n;
          continue;
        }
      }
    } else if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == name[n])) {
      ++p;
      ++n;
      continue;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = n;
      continue;
    }
    if (star == std::string_view::npos) return false;
    p = star + 1;
    n = ++resume;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

WordValue evaluate_one(const syntax::Word& word, const EvalScope& scope, bool expand_globs);

namespace {

using Fields = std::vector<std::vector<WordPart>>;

// Word splitting: bash and sh split the results of unquoted expansions on $IFS into separate
// words (zsh does not); an unquoted expansion that is empty leaves no word at all (in zsh
// too). Returns nullopt when the word stays one word; `why` is set when $IFS is not known.
std::optional<Fields> split_fields(const syntax::Word& word, const EvalScope& scope,
                                   std::string* why) {
  bool zsh = scope.dialect == syntax::Dialect::Zsh;
  auto splits = [&](const WordPart& part) {
    return !part.quoted &&
           (part.kind == PartKind::Parameter || part.kind == PartKind::CommandSubst) &&
           !(zsh && part.zsh_flags.find('=') == std::string::npos);
  };
  if (word.parts.size() == 1 && word.parts[0].kind == PartKind::Parameter &&
      scope.env->array(word.parts[0].text)) {
    return std::nullopt;  // an array's elements: evaluate_one gives one word per element
  }
  bool any = std::any_of(word.parts.begin(), word.parts.end(), splits);
  if (zsh && word.parts.size() == 1 && word.parts[0].kind == PartKind::Parameter &&
      !word.parts[0].quoted && word.parts[0].subscript.empty()) {
    auto value = evaluate_parts(word.parts, scope, nullptr);
    if (value && value->empty()) return Fields{};
  }
  if (!any) return std::nullopt;
  std::string ifs = " \t\n";
  if (const Variable* variable = scope.env->find("IFS")) {
    auto text = scope.env->get("IFS");
    if (!text || variable->maybe_unset) {
      *why = "$IFS is not known here";
      return Fields{};
    }
    ifs = *text;
  }
  Fields fields;
  std::vector<WordPart> current;
  bool started = false;
  auto close = [&] {
    fields.push_back(std::move(current));
    current.clear();
    started = false;
  };
  for (const WordPart& part : word.parts) {
    if (!splits(part)) {
      current.push_back(part);
      started = true;
      continue;
    }
    std::string part_why;
    auto value = evaluate_parts({part}, scope, &part_why);
    if (!value) {
      *why = part_why;
      return Fields{};
    }
    if (value->find_first_of("*?[") != std::string::npos) {
      *why = fmt::format("${} holds a pattern the shell would expand", part.text);
      return Fields{};
    }
    WordPart literal;
    literal.kind = PartKind::Literal;
    literal.quoted = true;  // the expansion's text, never a pattern here
    literal.range = part.range;
    for (char c : *value) {
      bool separator = ifs.find(c) != std::string::npos;
      bool white = c == ' ' || c == '\t' || c == '\n';
      if (!separator) {
        literal.text += c;
        continue;
      }
      if (!literal.text.empty()) current.push_back(literal), started = true;
      literal.text.clear();
      if (started || !white) close();
    }
    if (!literal.text.empty()) current.push_back(literal), started = true;
  }
  if (started) close();
  return fields;
}

}  // namespace

namespace {

// Brace expansion (bash and zsh, not sh): the first unquoted `{a,b}` makes one word per
// alternative, in order; nullopt when the word has none.
std::optional<std::vector<syntax::Word>> expand_braces(const syntax::Word& word,
                                                       const EvalScope& scope) {
  if (scope.dialect == syntax::Dialect::Posix) return std::nullopt;
  for (size_t p = 0; p < word.parts.size(); ++p) {
    const WordPart& part = word.parts[p];
    if (part.quoted || (part.kind != PartKind::Literal && part.kind != PartKind::Glob)) continue;
    size_t open = part.text.find('{');
    while (open != std::string::npos) {
      size_t close = part.text.find('}', open);
      if (close == std::string::npos) break;
      std::string inside = part.text.substr(open + 1, close - open - 1);
      if (inside.find(',') != std::string::npos && inside.find('{') == std::string::npos) {
        std::vector<syntax::Word> out;
        for (std::string_view alternative : text::split(inside, ',')) {
          syntax::Word expanded = word;
          WordPart& replaced = expanded.parts[p];
          replaced.kind = PartKind::Literal;
          replaced.text =
              part.text.substr(0, open) + std::string(alternative) + part.text.substr(close + 1);
          out.push_back(std::move(expanded));
        }
        return out;
      }
      open = part.text.find('{', open + 1);
    }
  }
  return std::nullopt;
}

}  // namespace

WordValue evaluate(const syntax::Word& word, const EvalScope& scope, bool expand_globs) {
  if (auto words = expand_braces(word, scope)) {
    WordValue result;
    result.known = true;
    for (const syntax::Word& each : *words) {
      WordValue value = evaluate(each, scope, expand_globs);
      if (!value.known) return value;
      result.no_match = result.no_match || value.no_match;
      result.values.insert(result.values.end(), value.values.begin(), value.values.end());
    }
    return result;
  }
  std::string why;
  if (auto fields = split_fields(word, scope, &why)) {
    WordValue result;
    result.known = why.empty();
    result.why_unknown = why;
    for (std::vector<WordPart>& field : *fields) {
      if (!result.known) break;
      syntax::Word piece;
      piece.range = word.range;
      piece.raw = word.raw;
      piece.parts = std::move(field);
      WordValue value = evaluate_one(piece, scope, expand_globs);
      if (!value.known) return value;
      result.no_match = result.no_match || value.no_match;
      result.values.insert(result.values.end(), value.values.begin(), value.values.end());
    }
    return result;
  }
  return evaluate_one(word, scope, expand_globs);
}

WordValue evaluate_one(const syntax::Word& word, const EvalScope& scope, bool expand_globs) {
  WordValue result;
  // $arr / ${arr[@]} of an array with known elements: one value per element (zsh splits
  // arrays into words; bash needs [@], and `$arr` alone is the first element).
  if (word.parts.size() == 1 && word.parts[0].kind == PartKind::Parameter &&
      word.parts[0].op.empty() && word.parts[0].zsh_modifiers.empty()) {
    const WordPart& part = word.parts[0];
    auto elements = scope.env->array(part.text);
    bool whole = part.subscript == "@" || part.subscript == "*" || part.text == "@" ||
                 (part.subscript.empty() && scope.dialect == syntax::Dialect::Zsh);
    if (elements && whole && (part.zsh_flags.empty() || part.zsh_flags == "^")) {
      result.known = true;
      result.values = *elements;
      return result;
    }
  }
  // Rebuild the word as a pattern where glob parts stay special and the rest is literal.
  std::string pattern;
  bool has_glob = false;
  bool null_glob = false;
  for (const WordPart& part : word.parts) {
    if (part.kind == PartKind::Glob && !part.quoted) {
      if (part.text.starts_with("(")) {
        null_glob = part.text.find('N') != std::string::npos;  // zsh (N): no match → nothing
        has_glob = true;  // a qualifier makes the word a pattern, special characters or not
        if (part.text.find_first_not_of("(N)") != std::string::npos) {
          result.why_unknown = fmt::format("glob qualifier {} is not evaluated", part.text);
          return result;
        }
        continue;
      }
      if (part.text.starts_with("{")) {  // `{x}` without a comma: literal
        pattern += "\\{" + part.text.substr(1, part.text.size() - 2) + "\\}";
        continue;
      }
      has_glob = true;
      pattern += part.text;
      continue;
    }
    std::string why;
    auto value = evaluate_parts({part}, scope, &why);
    if (!value) {
      result.why_unknown = why;
      return result;
    }
    for (char c : *value) {
      if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') pattern += '\\';
      pattern += c;
    }
  }
  result.known = true;
  auto unescape = [](const std::string& escaped) {
    std::string out;
    for (size_t i = 0; i < escaped.size(); ++i) {
      if (escaped[i] == '\\' && i + 1 < escaped.size()) ++i;
      out += escaped[i];
    }
    return out;
  };
  if (!has_glob || !expand_globs || scope.fs == nullptr) {
    result.values.push_back(unescape(pattern));
    return result;
  }
  // Expand one directory level at a time: /a/*/b*.zsh.
  std::vector<std::string> matches{""};
  for (std::string_view component : text::split(pattern, '/')) {
    std::vector<std::string> next;
    bool special = component.find_first_of("*?[") != std::string_view::npos;
    for (const std::string& prefix : matches) {
      if (component.empty()) {
        next.push_back(prefix);
        continue;
      }
      std::string base = prefix.empty() ? "" : prefix;
      if (!special) {
        next.push_back(base + "/" + unescape(std::string(component)));
        continue;
      }
      std::string dir = base.empty() ? "/" : base;
      if (scope.may_glob != nullptr && !scope.may_glob(dir)) {
        result.known = false;
        result.why_unknown = fmt::format("{} is not listed by rclint", dir);
        return result;
      }
      for (const std::string& name : scope.fs->list(dir)) {
        if (name[0] == '.' && component[0] != '.') continue;  // globs skip dotfiles
        if (glob_match(component, name)) next.push_back(base + "/" + name);
      }
    }
    matches = std::move(next);
    if (matches.size() > 10000) break;  // a home of 10,000 files must not explode this
  }
  for (std::string& match : matches) {
    if (match.starts_with("//")) match.erase(0, 1);
    if (scope.fs->status(match).exists()) result.values.push_back(match);
  }
  if (result.values.empty() && !null_glob) {
    result.values.push_back(unescape(pattern));
    // zsh's NOMATCH (on by default): "no matches found" aborts the command and the file.
    result.no_match = scope.dialect == syntax::Dialect::Zsh;
  }
  return result;
}

}  // namespace rclint::startup
