#include "startup/static_value.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/text.h"

namespace rclint::startup {

using syntax::PartKind;
using syntax::WordPart;

std::optional<std::string> StaticEnv::get(const std::string& name) const {
  auto found = vars_.find(name);
  return found == vars_.end() ? std::nullopt : found->second;
}

void StaticEnv::set_array(const std::string& name, std::vector<std::string> elements) {
  std::string joined;
  for (const std::string& element : elements) joined += (joined.empty() ? "" : " ") + element;
  vars_[name] = joined;
  arrays_[name] = std::move(elements);
}

const std::vector<std::string>* StaticEnv::array(const std::string& name) const {
  auto found = arrays_.find(name);
  return found == arrays_.end() ? nullptr : &found->second;
}

bool StaticEnv::is_known(const std::string& name) const {
  auto found = vars_.find(name);
  return found == vars_.end() || found->second.has_value();
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

std::optional<std::string> parameter(const WordPart& part, const EvalScope& scope,
                                     std::string* why) {
  // ${(%):-%x}: prompt expansion of %x, the file being read (zsh's idiom for "this file").
  if (part.zsh_flags == "%" && part.op == ":-" && part.argument.size() == 1 &&
      (part.argument[0].text == "%x" || part.argument[0].text == "%N") &&
      !scope.script_file.empty()) {
    if (part.zsh_modifiers.empty()) return scope.script_file;
    return apply_modifiers(scope.script_file, part.zsh_modifiers, scope);
  }
  if (part.op == "nested") {
    auto inner = evaluate_parts(part.argument, scope, why);
    if (!inner || part.zsh_modifiers.empty()) return inner;
    return apply_modifiers(*inner, part.zsh_modifiers, scope);
  }
  if (!part.zsh_flags.empty() || !part.subscript.empty() || part.op == "other" ||
      part.op == "length") {
    if (why) *why = fmt::format("${{{}}} uses an expansion rclint does not evaluate", part.text);
    return std::nullopt;
  }
  std::optional<std::string> value;
  bool set = false;
  if (part.text == "0" && scope.dialect == syntax::Dialect::Zsh) {
    // zsh sets $0 to a sourced file's path; in a startup file it is the shell's name.
    value = scope.current_file.empty() ? std::string("zsh") : scope.current_file, set = true;
  } else if (part.text == "HOME" && !scope.env->is_set("HOME")) {
    value = scope.home, set = true;
  } else {
    set = scope.env->is_set(part.text);
    if (set && !scope.env->is_known(part.text)) {
      if (why) *why = fmt::format("${} is not known here", part.text);
      return std::nullopt;
    }
    value = scope.env->get(part.text);
    if (!set && (std::isdigit(static_cast<unsigned char>(part.text[0])) || part.text == "@" ||
                 part.text == "*" || part.text == "?" || part.text == "$" || part.text == "!")) {
      if (why) *why = fmt::format("${} is only known when the shell runs", part.text);
      return std::nullopt;
    }
  }
  bool empty = !set || value->empty();
  const std::string& op = part.op;
  if (op.empty()) {
    if (!set) return std::string();
  } else if (op == ":-" || op == "-" || op == ":=" || op == "=") {
    bool use_default = op[0] == ':' ? empty : !set;
    if (use_default) return evaluate_parts(part.argument, scope, why);
  } else if (op == ":+" || op == "+") {
    bool use_alternate = op[0] == ':' ? !empty : set;
    if (!use_alternate) return std::string();
    return evaluate_parts(part.argument, scope, why);
  } else if (op == "#" || op == "%") {
    auto pattern = evaluate_parts(part.argument, scope, why);
    if (!pattern) return std::nullopt;
    std::string text_value = value.value_or("");
    // Shortest match removal of a literal prefix/suffix; patterns with glob chars are unknown.
    if (pattern->find_first_of("*?[") != std::string::npos) return std::nullopt;
    if (op == "#" && text::starts_with(text_value, *pattern))
      return text_value.substr(pattern->size());
    if (op == "%" && text::ends_with(text_value, *pattern)) {
      return text_value.substr(0, text_value.size() - pattern->size());
    }
    return text_value;
  } else {
    if (why) *why = fmt::format("${{{}{}…}} is not evaluated", part.text, op);
    return std::nullopt;
  }
  std::string result = value.value_or("");
  if (!part.zsh_modifiers.empty()) {
    auto modified = apply_modifiers(result, part.zsh_modifiers, scope);
    if (!modified && why) *why = fmt::format("modifier {} is not evaluated", part.zsh_modifiers);
    return modified;
  }
  return result;
}

}  // namespace

std::optional<std::string> evaluate_parts(const std::vector<WordPart>& parts,
                                          const EvalScope& scope, std::string* why) {
  std::string out;
  for (const WordPart& part : parts) {
    switch (part.kind) {
      case PartKind::Literal:
        out += part.text;
        break;
      case PartKind::Glob:
        out += part.text;  // the pattern itself; evaluate() expands it when asked
        break;
      case PartKind::Tilde:
        if (!part.text.empty()) {
          if (why) *why = fmt::format("~{} names another user's home", part.text);
          return std::nullopt;
        }
        out += scope.env->is_set("HOME") ? scope.env->get("HOME").value_or(scope.home) : scope.home;
        break;
      case PartKind::Parameter: {
        auto value = parameter(part, scope, why);
        if (!value) return std::nullopt;
        out += *value;
        break;
      }
      case PartKind::CommandSubst:
      case PartKind::ProcessSubst:
        if (why) *why = fmt::format("$({}) would have to run", text::trim(part.text));
        return std::nullopt;
      case PartKind::Arithmetic:
        if (why) *why = "arithmetic is not evaluated";
        return std::nullopt;
    }
  }
  return out;
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

WordValue evaluate(const syntax::Word& word, const EvalScope& scope, bool expand_globs) {
  WordValue result;
  // $arr / ${arr[@]} of an array with known elements: one value per element (zsh splits
  // arrays into words; bash needs [@], and `$arr` alone is the first element).
  if (word.parts.size() == 1 && word.parts[0].kind == PartKind::Parameter &&
      word.parts[0].op.empty() && word.parts[0].zsh_modifiers.empty()) {
    const WordPart& part = word.parts[0];
    const std::vector<std::string>* elements = scope.env->array(part.text);
    bool whole = part.subscript == "@" || part.subscript == "*" ||
                 (part.subscript.empty() && scope.dialect == syntax::Dialect::Zsh);
    if (elements != nullptr && whole && (part.zsh_flags.empty() || part.zsh_flags == "^")) {
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
