// Parameter expansion, command substitution through known commands, zsh modifiers: the
// symbolic value of a word's parts (declared in static_value.h).
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

namespace {}  // namespace

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

namespace {

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
  if (part.op == "nested" && !part.zsh_flags.empty()) {
    return unknown_part("${(" + part.zsh_flags + ")…}", scope, why,
                        "zsh expansion flags are not evaluated");
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
  // bash and sh: `$arr` is the first element.
  if (scope.dialect != syntax::Dialect::Zsh && part.subscript.empty() && part.op.empty() &&
      scope.env->tied_scalar(part.text).empty()) {
    if (auto elements = scope.env->array(part.text)) {
      return elements->empty() ? Value() : Value::of(elements->front(), scope.origin);
    }
  }
  if (!part.zsh_flags.empty() || !part.subscript.empty() || part.op == "other" ||
      part.op == "length") {
    return unknown_part(
        "${" + std::string(part.text) + "…}", scope, why,
        fmt::format("${{{}}} uses an expansion rclint does not evaluate", part.text));
  }
  enum class Tri { No, Yes, Maybe };
  auto tri = [](std::optional<bool> b) { return !b ? Tri::Maybe : *b ? Tri::Yes : Tri::No; };
  Value value;
  Tri set = Tri::No;
  if (part.text == "0" && scope.dialect == syntax::Dialect::Zsh) {
    // zsh sets $0 to a sourced file's path; in a startup file it is the shell's name.
    value = Value::of(scope.current_file.empty() ? std::string("zsh") : scope.current_file,
                      scope.origin);
    set = Tri::Yes;
  } else if (part.text == "HOME" && !scope.env->is_set("HOME")) {
    value = Value::of(scope.home, scope.origin);
    set = Tri::Yes;
  } else if (const Variable* variable = scope.env->find(part.text);
             variable != nullptr && (!scope.exported_only || variable->exported)) {
    value = variable->value;
    // Provenance is where text entered a variable: `PATH=$GOBIN:$PATH` puts GOBIN's text into
    // PATH at this line, while PATH's own entries keep theirs.
    if (part.text != scope.assigning) value.retag(scope.origin);
    set = variable->maybe_unset ? Tri::Maybe : Tri::Yes;
    if (!value.exact() && why != nullptr && why->empty()) {
      *why = fmt::format("${} is not known here", part.text);
    }
  } else if (std::isdigit(static_cast<unsigned char>(part.text[0])) || part.text == "@" ||
             part.text == "*" || part.text == "?" || part.text == "$" || part.text == "!") {
    return unknown_part("$" + part.text, scope, why,
                        fmt::format("${} is only known when the shell runs", part.text));
  } else if (!scope.env->taint().empty()) {
    // Unset here, but code rclint could not follow may have set it.
    value = Value::unknown(scope.env->taint(), scope.origin);
    set = Tri::Maybe;
    if (why != nullptr && why->empty()) {
      *why = fmt::format("${} may have been set by {}", part.text, scope.env->taint());
    }
  }
  // Whether the value counts as empty for `:-`/`:+`, and whether it is set for `-`/`+`.
  Tri empty = set == Tri::No ? Tri::Yes : tri(value.is_empty());
  if (set == Tri::Maybe && empty == Tri::No) empty = Tri::Maybe;  // maybe unset: maybe empty
  const std::string& op = part.op;
  auto undecided = [&] {
    return unknown_part("${" + part.text + op + "…}", scope, why,
                        fmt::format("whether ${} is set or empty is not known here", part.text));
  };
  if (op.empty() || op == ":?" || op == "?") {
    if (set == Tri::No) return Value();
  } else if (op == ":-" || op == "-" || op == ":=" || op == "=") {
    Tri use_default = op[0] == ':'        ? empty
                      : set == Tri::Maybe ? Tri::Maybe
                      : set == Tri::Yes   ? Tri::No
                                          : Tri::Yes;
    if (use_default == Tri::Maybe) return undecided();
    if (use_default == Tri::Yes) return evaluate_value(part.argument, scope, why);
  } else if (op == ":+" || op == "+") {
    Tri use_alternate = op[0] == ':' ? (empty == Tri::Maybe ? Tri::Maybe
                                        : empty == Tri::Yes ? Tri::No
                                                            : Tri::Yes)
                                     : set;
    if (use_alternate == Tri::Maybe) return undecided();
    if (use_alternate == Tri::No) return Value();
    return evaluate_value(part.argument, scope, why);
  } else if (op == "#" || op == "##" || op == "%" || op == "%%") {
    std::string pattern_why;
    auto pattern = evaluate_value(part.argument, scope, &pattern_why).text();
    auto text_value = set == Tri::No ? std::optional(std::string()) : value.text();
    if (!pattern || !text_value || set == Tri::Maybe) {
      return unknown_part("${" + part.text + op + "…}", scope, why,
                          fmt::format("${{{}{}…}} is not evaluated here", part.text, op));
    }
    // Shortest (# %) or longest (## %%) prefix or suffix matching the pattern. Quoted
    // pattern characters are not told apart from glob ones here: rare in startup files.
    const std::string& text_ref = *text_value;
    size_t n = text_ref.size();
    bool longest = op.size() == 2;
    for (size_t k = 0; k <= n; ++k) {
      size_t len = longest ? n - k : k;
      bool hit = op[0] == '#' ? glob_match(*pattern, std::string_view(text_ref).substr(0, len))
                              : glob_match(*pattern, std::string_view(text_ref).substr(n - len));
      if (hit) {
        return Value::of(op[0] == '#' ? text_ref.substr(len) : text_ref.substr(0, n - len),
                         scope.origin);
      }
    }
    return Value::of(text_ref, scope.origin);
  } else {
    return unknown_part("${" + part.text + op + "…}", scope, why,
                        fmt::format("${{{}{}…}} is not evaluated", part.text, op));
  }
  if (set == Tri::Maybe && value.is_empty() != true) {
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
  // `$(echo "$(echo …)")` nested thousands deep must not exhaust the stack; real startup
  // files nest two or three.
  constexpr int kMaxSubstitutions = 16;
  if (scope.commands == nullptr || part.kind != PartKind::CommandSubst ||
      scope.substitutions >= kMaxSubstitutions) {
    return unknown();
  }
  EvalScope inner = scope;
  ++inner.substitutions;
  auto argv = command_words(command, inner);
  if (!argv) return unknown();
  auto output = scope.commands->output(*argv, inner);
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

}  // namespace rclint::startup
