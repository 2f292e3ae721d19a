#include "startup/static_value.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "base/text.h"
#include "startup/command_model.h"
#include "syntax/word_lexer.h"

namespace rclint::startup {

using syntax::PartKind;
using syntax::WordPart;

void StaticEnv::set(const std::string& name, std::optional<std::string> value) {
  assign(name, value ? Value::of(std::move(*value)) : Value::unknown("$" + name), {});
}

void StaticEnv::assign(const std::string& name, Value value, const Origin& origin) {
  Variable& variable = vars_[name];
  variable.value = std::move(value);
  variable.maybe_unset = false;
  variable.set_at = origin;
  if (pending_exports_.erase(name) > 0) variable.exported = true;
  arrays_.erase(name);
}

std::optional<std::string> StaticEnv::get(const std::string& name) const {
  const Variable* variable = find(name);
  if (variable == nullptr || variable->maybe_unset) return std::nullopt;
  return variable->value.text();
}

void StaticEnv::set_array(const std::string& name, std::vector<std::string> elements) {
  std::string joined;
  for (const std::string& element : elements) joined += (joined.empty() ? "" : " ") + element;
  Variable& variable = vars_[name];
  variable.value = Value::of(joined);
  variable.maybe_unset = false;
  arrays_[name] = std::move(elements);
}

std::optional<std::vector<std::string>> StaticEnv::array(const std::string& name) const {
  if (std::string upper = tied_scalar(name); !upper.empty()) {
    auto text = get(upper);
    if (!text) return is_set(upper) ? std::nullopt : std::optional(std::vector<std::string>{});
    std::vector<std::string> elements;
    if (text->empty()) return elements;
    for (std::string_view element : text::split(*text, ':')) elements.emplace_back(element);
    return elements;
  }
  auto found = arrays_.find(name);
  if (found == arrays_.end()) return std::nullopt;
  return found->second;
}

std::string StaticEnv::tied_scalar(const std::string& name) const {
  auto found = ties_.find(name);
  return found == ties_.end() ? std::string() : found->second;
}

const Variable* StaticEnv::find(const std::string& name) const {
  auto found = vars_.find(name);
  return found == vars_.end() ? nullptr : &found->second;
}

Variable* StaticEnv::find(const std::string& name) {
  auto found = vars_.find(name);
  return found == vars_.end() ? nullptr : &found->second;
}

bool StaticEnv::is_known(const std::string& name) const {
  const Variable* variable = find(name);
  return variable == nullptr || (!variable->maybe_unset && variable->value.exact());
}

void StaticEnv::merge(const StaticEnv& other, const std::string& why) {
  for (auto& [name, variable] : vars_) {
    const Variable* theirs = other.find(name);
    if (theirs == nullptr) {
      variable.maybe_unset = true;
      continue;
    }
    if (variable == *theirs) continue;
    variable.value = merge_values(variable.value, theirs->value, why);
    variable.maybe_unset = variable.maybe_unset || theirs->maybe_unset;
    variable.exported = variable.exported || theirs->exported;
    variable.readonly = variable.readonly && theirs->readonly;
    variable.unique = variable.unique || theirs->unique;
    if (variable.set_at.file == nullptr) variable.set_at = theirs->set_at;
  }
  for (const auto& [name, variable] : other.vars_) {
    if (vars_.contains(name)) continue;
    Variable copy = variable;
    copy.maybe_unset = true;
    vars_.emplace(name, std::move(copy));
  }
  pending_exports_.insert(other.pending_exports_.begin(), other.pending_exports_.end());
  for (auto it = arrays_.begin(); it != arrays_.end();) {
    auto theirs = other.arrays_.find(it->first);
    if (theirs == other.arrays_.end() || theirs->second != it->second) {
      it = arrays_.erase(it);
    } else {
      ++it;
    }
  }
}

namespace {

// The path with every symlink resolved (zsh's :A), through the same FileSystem as the rest.
std::string resolve_links(const std::string& path, const source::FileSystem* fs) {
  if (fs == nullptr) return source::path::normalize(path);
  std::string done = "/";
  std::vector<std::string> pending;
  const std::string normal = source::path::normalize(path);  // split() returns views into it
  for (std::string_view part : text::split(normal, '/')) {
    if (!part.empty()) pending.emplace_back(part);
  }
  std::reverse(pending.begin(), pending.end());
  for (int hops = 0; !pending.empty() && hops < 256; ++hops) {
    std::string part = std::move(pending.back());
    pending.pop_back();
    std::string next = source::path::join(done, part);
    auto target = fs->read_link(next);
    if (!target) {
      done = next;
      continue;
    }
    std::string resolved = source::path::normalize(source::path::join(done, *target));
    std::vector<std::string> parts;
    for (std::string_view piece : text::split(resolved, '/')) {
      if (!piece.empty()) parts.emplace_back(piece);
    }
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) pending.push_back(*it);
    done = "/";
  }
  return done;
}

// zsh's :h, :t, :A, :a, :r modifiers on a known value; :a/:A make a relative path absolute
// against the working directory, which is the home for a starting shell.
std::optional<std::string> apply_modifiers(std::string value, std::string_view modifiers,
                                           const EvalScope& scope) {
  for (std::string_view mod : text::split(modifiers, ':')) {
    if (mod.empty()) continue;
    if (mod == "h") {
      value = source::path::parent(value);
    } else if (mod == "t") {
      value = source::path::base_name(value);
    } else if (mod == "A" || mod == "a") {
      if (value.empty() || value[0] != '/') value = source::path::join(scope.home, value);
      value = mod == "A" ? resolve_links(value, scope.fs) : source::path::normalize(value);
    } else if (mod == "r") {
      size_t dot = value.find_last_of('.');
      size_t slash = value.find_last_of('/');
      if (dot != std::string::npos && (slash == std::string::npos || dot > slash))
        value.resize(dot);
    } else {
      return std::nullopt;
    }
  }
  return value;
}

Value unknown_part(std::string what, const EvalScope& scope, std::string* why,
                   std::string message) {
  if (why != nullptr && why->empty()) *why = std::move(message);
  return Value::unknown(std::move(what), scope.origin);
}

// Exact text, or an unknown part standing for the whole expansion.
Value modified(const Value& value, std::string_view modifiers, const WordPart& part,
               const EvalScope& scope, std::string* why) {
  if (modifiers.empty()) return value;
  auto text = value.text();
  if (!text) return unknown_part("${" + part.text + "…}", scope, why, "its value is not known");
  auto result = apply_modifiers(*text, modifiers, scope);
  if (!result) {
    return unknown_part("${" + part.text + std::string(modifiers) + "}", scope, why,
                        fmt::format("modifier {} is not evaluated", modifiers));
  }
  return Value::of(*result, scope.origin);
}

Value parameter(const WordPart& part, const EvalScope& scope, std::string* why) {
  // ${(%):-%x}: prompt expansion of %x, the file being read (zsh's idiom for "this file").
  if (part.zsh_flags == "%" && part.op == ":-" && part.argument.size() == 1 &&
      (part.argument[0].text == "%x" || part.argument[0].text == "%N") &&
      !scope.script_file.empty()) {
    return modified(Value::of(scope.script_file, scope.origin), part.zsh_modifiers, part, scope,
                    why);
  }
  if (part.op == "nested") {
    return modified(evaluate_value(part.argument, scope, why), part.zsh_modifiers, part, scope,
                    why);
  }
  // bash's ${BASH_SOURCE[0]} (and $BASH_SOURCE): the file being read, as the shell named it.
  if (scope.dialect != syntax::Dialect::Zsh && part.text == "BASH_SOURCE" &&
      (part.subscript.empty() || part.subscript == "0") && part.op.empty() &&
      !scope.script_file.empty()) {
    return Value::of(scope.script_file, scope.origin);
  }
  // An element of an array with known elements: zsh counts from 1 (negative from the end),
  // bash from 0.
  if (!part.subscript.empty() && part.zsh_flags.empty() && part.op.empty() &&
      part.zsh_modifiers.empty()) {
    auto elements = scope.env->array(part.text);
    const std::string& sub = part.subscript;
    bool number = sub.find_first_not_of("-0123456789") == std::string::npos && sub.size() < 9 &&
                  sub != "-" && !sub.empty();
    if (elements && number) {
      long index = std::stol(sub);
      long size = static_cast<long>(elements->size());
      if (scope.dialect == syntax::Dialect::Zsh) index = index > 0 ? index - 1 : size + index;
      if (scope.dialect != syntax::Dialect::Zsh && index < 0) index += size;
      if (index < 0 || index >= size) return Value();
      return Value::of((*elements)[static_cast<size_t>(index)], scope.origin);
    }
  }
  if (!part.zsh_flags.empty() || !part.subscript.empty() || part.op == "other" ||
      part.op == "length") {
    return unknown_part(
        "${" + std::string(part.text) + "…}", scope, why,
        fmt::format("${{{}}} uses an expansion rclint does not evaluate", part.text));
  }
  Value value;
  std::optional<bool> set;  // nullopt: maybe
  if (part.text == "0" && scope.dialect == syntax::Dialect::Zsh) {
    // zsh sets $0 to a sourced file's path; in a startup file it is the shell's name.
    value = Value::of(scope.current_file.empty() ? std::string("zsh") : scope.current_file,
                      scope.origin);
    set = true;
  } else if (part.text == "HOME" && !scope.env->is_set("HOME")) {
    value = Value::of(scope.home, scope.origin);
    set = true;
  } else if (const Variable* variable = scope.env->find(part.text);
             variable != nullptr && (!scope.exported_only || variable->exported)) {
    value = variable->value;
    set = variable->maybe_unset ? std::nullopt : std::optional(true);
    if (!value.exact() && why != nullptr && why->empty()) {
      *why = fmt::format("${} is not known here", part.text);
    }
  } else {
    set = false;
    if (std::isdigit(static_cast<unsigned char>(part.text[0])) || part.text == "@" ||
        part.text == "*" || part.text == "?" || part.text == "$" || part.text == "!") {
      return unknown_part("$" + part.text, scope, why,
                          fmt::format("${} is only known when the shell runs", part.text));
    }
  }
  // Whether the value counts as empty for `:-`/`:+`, and whether it is set for `-`/`+`.
  std::optional<bool> empty = set == false ? std::optional(true) : value.is_empty();
  if (set == std::nullopt && empty == false) empty = std::nullopt;  // maybe unset → maybe empty
  const std::string& op = part.op;
  auto undecided = [&] {
    return unknown_part("${" + part.text + op + "…}", scope, why,
                        fmt::format("whether ${} is set or empty is not known here", part.text));
  };
  if (op.empty() || op == ":?" || op == "?") {
    if (set == false) return Value();
  } else if (op == ":-" || op == "-" || op == ":=" || op == "=") {
    std::optional<bool> use_default = op[0] == ':' ? empty : (set ? std::optional(!*set) : set);
    if (!use_default) return undecided();
    if (*use_default) return evaluate_value(part.argument, scope, why);
  } else if (op == ":+" || op == "+") {
    std::optional<bool> use_alternate =
        op[0] == ':' ? (empty ? std::optional(!*empty) : empty) : set;
    if (!use_alternate) return undecided();
    if (!*use_alternate) return Value();
    return evaluate_value(part.argument, scope, why);
  } else if (op == "#" || op == "##" || op == "%" || op == "%%") {
    std::string pattern_why;
    auto pattern = evaluate_value(part.argument, scope, &pattern_why).text();
    auto text_value = set == false ? std::optional(std::string()) : value.text();
    // Removal of a literal prefix/suffix; patterns with glob characters are not evaluated.
    if (!pattern || !text_value || pattern->find_first_of("*?[") != std::string::npos) {
      return unknown_part("${" + part.text + op + "…}", scope, why,
                          fmt::format("${{{}{}…}} is not evaluated here", part.text, op));
    }
    std::string result = *text_value;
    if (op[0] == '#' && text::starts_with(result, *pattern))
      result = result.substr(pattern->size());
    if (op[0] == '%' && text::ends_with(result, *pattern)) {
      result = result.substr(0, result.size() - pattern->size());
    }
    return Value::of(result, scope.origin);
  } else {
    return unknown_part("${" + part.text + op + "…}", scope, why,
                        fmt::format("${{{}{}…}} is not evaluated", part.text, op));
  }
  if (set == std::nullopt && value.is_empty() != true) {
    // Maybe unset: the value or nothing.
    value = merge_values(value, Value(), fmt::format("${} may be unset", part.text));
  }
  return modified(value, part.zsh_modifiers, part, scope, why);
}

// `$(cmd args)`: known commands give their output; anything else is an unknown part.
Value substitution(const WordPart& part, const EvalScope& scope, std::string* why) {
  std::string command(text::trim(part.text));
  auto unknown = [&] {
    return unknown_part("$(" + command + ")", scope, why,
                        fmt::format("$({}) would have to run", command));
  };
  if (scope.commands == nullptr || part.kind != PartKind::CommandSubst) return unknown();
  auto argv = command_words(command, scope);
  if (!argv) return unknown();
  auto output = scope.commands->output(*argv, scope);
  if (!output) return unknown();
  Value result = *output;
  result.attribute(scope.origin);
  return result;
}

}  // namespace

std::optional<std::vector<std::string>> command_words(const std::string& command,
                                                      const EvalScope& scope) {
  // Simple commands only; `2>/dev/null` changes nothing rclint models.
  std::string simple = command;
  for (const char* noise : {"2>/dev/null", "2> /dev/null"}) {
    if (size_t at = simple.find(noise); at != std::string::npos) simple.erase(at, strlen(noise));
  }
  if (simple.find_first_of("|;&<>\n") != std::string::npos) return std::nullopt;
  std::vector<std::string> argv;
  for (const syntax::Word& word : syntax::split_words(simple, 0, scope.dialect)) {
    auto value = evaluate_parts(word.parts, scope, nullptr);
    if (!value) return std::nullopt;
    argv.push_back(*value);
  }
  if (argv.empty()) return std::nullopt;
  return argv;
}

Value evaluate_value(const std::vector<WordPart>& parts, const EvalScope& scope, std::string* why) {
  Value out;
  for (const WordPart& part : parts) {
    switch (part.kind) {
      case PartKind::Literal:
      case PartKind::Glob:  // the pattern itself; evaluate() expands it when asked
        out.append(part.text, scope.origin);
        break;
      case PartKind::Tilde:
        if (!part.text.empty()) {
          out.append(unknown_part("~" + part.text, scope, why,
                                  fmt::format("~{} names another user's home", part.text)));
          break;
        }
        out.append(
            scope.env->is_set("HOME") ? scope.env->get("HOME").value_or(scope.home) : scope.home,
            scope.origin);
        break;
      case PartKind::Parameter:
        out.append(parameter(part, scope, why));
        break;
      case PartKind::CommandSubst:
      case PartKind::ProcessSubst:
        out.append(substitution(part, scope, why));
        break;
      case PartKind::Arithmetic:
        out.append(unknown_part("$((…))", scope, why, "arithmetic is not evaluated"));
        break;
    }
  }
  return out;
}

std::optional<std::string> evaluate_parts(const std::vector<WordPart>& parts,
                                          const EvalScope& scope, std::string* why) {
  std::string message;
  Value value = evaluate_value(parts, scope, &message);
  auto text = value.text();
  if (!text && why != nullptr) *why = message.empty() ? "its value is not known here" : message;
  return text;
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

WordValue evaluate(const syntax::Word& word, const EvalScope& scope, bool expand_globs) {
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
    bool whole = part.subscript == "@" || part.subscript == "*" ||
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
        if (part.text.find_first_not_of("(N)") != std::string::npos) {
          result.why_unknown = fmt::format("glob qualifier {} is not evaluated", part.text);
          return result;
        }
        continue;
      }
      if (part.text.starts_with("{")) {
        result.why_unknown = "brace expansion is not evaluated";
        return result;
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
