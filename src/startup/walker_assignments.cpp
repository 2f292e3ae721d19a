// The walk's assignments: export and the typeset family, readonly, zsh's tied arrays and
// typeset -U, ${X:=y}, and what unknown code may have changed (see walker.h).
#include "startup/walker.h"

namespace rclint::startup::detail {

bool posix_expansions(const std::vector<syntax::WordPart>& parts);

bool Walker::assign(const std::string& name, Value value) {
  std::string target = name;
  if (std::string scalar = env_.tied_scalar(name); !scalar.empty()) target = scalar;
  Variable* existing = env_.find(target);
  if (existing != nullptr && existing->readonly) return false;  // the shell refuses
  std::optional<Variable> before;
  if (existing != nullptr) before = *existing;
  if (existing != nullptr && existing->unique) value = unique_entries(value, ':');
  if (existing != nullptr && existing->letter_case != 0) {
    if (auto text = value.text()) {
      for (char& c : *text) {
        c = static_cast<char>(existing->letter_case == 'l'
                                  ? std::tolower(static_cast<unsigned char>(c))
                                  : std::toupper(static_cast<unsigned char>(c)));
      }
      value = Value::of(*text, origin());
    }
  }
  env_.assign(target, std::move(value), origin());
  if (allexport_) env_.find(target)->exported = true;
  trace_assignment(target, std::move(before));
  return true;
}

void Walker::assign_defaults(const std::vector<syntax::WordPart>& parts) {
  for (const syntax::WordPart& part : parts) {
    if (part.kind != syntax::PartKind::Parameter) continue;
    assign_defaults(part.argument);
    if (part.op != ":=" && part.op != "=") continue;
    const Variable* variable = env_.find(part.text);
    std::optional<bool> applies;
    if (variable == nullptr) {
      applies = true;
    } else if (!variable->maybe_unset) {
      applies = part.op == "=" ? std::optional(false) : variable->value.is_empty();
    }
    if (applies == false) continue;
    Value value = evaluate_value(part.argument, scope(current_path()));
    if (!applies) value = merge_values(variable->value, value, "${" + part.text + ":=…}");
    assign(part.text, std::move(value));
  }
}

void Walker::declare_attributes(const syntax::Assignment& a, const std::string& name) {
  Variable* variable = env_.find(name);
  bool export_on = (a.builtin == "export" || a.flags_on.find('x') != std::string::npos) &&
                   a.flags_off.find('x') == std::string::npos;
  if (variable == nullptr) {
    // zsh creates a declared name, empty; bash and sh export it once it is set.
    if (context_.shell == Shell::Zsh && !a.builtin.empty()) {
      env_.assign(name, Value(), origin());
      variable = env_.find(name);
    } else {
      if (export_on) env_.export_when_set(name);
      return;
    }
  }
  if (export_on) variable->exported = true;
  if (a.flags_off.find('x') != std::string::npos) variable->exported = false;
  if (a.flags_on.find('A') != std::string::npos) variable->associative = true;
  if (a.builtin == "readonly" || a.flags_on.find('r') != std::string::npos) {
    variable->readonly = true;
  }
  if (context_.shell == Shell::Zsh && a.flags_on.find('U') != std::string::npos) {
    variable->unique = true;
    if (!env_.tied_scalar(a.name).empty() || name != a.name) {
      variable->value = unique_entries(variable->value, ':');
    }
  }
}

Flow Walker::step_node(const syntax::Assignment& a, const Statement& statement) {
  if (a.is_command_prefix) return Flow::Normal;
  if (assignment_ != nullptr) return assignment_statement(a, statement);  // a computed name
  assignment_ = &a;
  std::string name = env_.tied_scalar(a.name);
  if (name.empty()) name = a.name;
  std::optional<Variable> before;
  if (const Variable* existing = env_.find(name)) before = *existing;
  size_t first_event = out_.trace.assignments.size();
  Flow flow = assignment_statement(a, statement);
  assignment_ = nullptr;
  trace_declaration(a, name, std::move(before), first_event);
  return flow;
}

Flow Walker::assignment_statement(const syntax::Assignment& a, const Statement& statement) {
  auto valid_name = [](std::string_view name) {
    return !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0])) &&
           std::all_of(name.begin(), name.end(), [](char c) {
             return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
           });
  };
  bool valid = valid_name(a.name);
  if (!valid && !a.builtin.empty()) {
    // `export "$1=$2"` (oh-my-zsh's env_default), `typeset -g "$1"="$2"`: the word names the
    // variable once expanded.
    syntax::Word word = syntax::make_word(a.name, a.name_range.begin, context_.dialect());
    if (auto text = evaluate_parts(word.parts, scope(current_path()), nullptr)) {
      size_t equals = text->find('=');
      std::string computed = text->substr(0, equals);
      if (valid_name(computed)) {
        syntax::Assignment resolved = a;
        resolved.name = computed;
        resolved.has_value = equals != std::string::npos;
        resolved.value = syntax::Word{};
        if (resolved.has_value) {
          syntax::WordPart literal;
          literal.text = text->substr(equals + 1);
          literal.quoted = true;
          resolved.value.parts.push_back(std::move(literal));
        }
        return step_node(resolved, statement);
      }
    }
  }
  if (!valid) {
    // `export "$n"=vim`, `export {http,https}_proxy=…`: a name only running can tell.
    clobber(fmt::format("{} {}", a.builtin.empty() ? "assignment" : a.builtin, a.name));
    return Flow::Normal;
  }
  if (context_.shell == Shell::Sh && a.builtin == "export" &&
      a.flags_off.find('x') != std::string::npos) {
    return Flow::Return;  // dash: `export -n` is an illegal option, a fatal error for the file
  }
  if (context_.shell == Shell::Sh && a.has_value && !posix_expansions(a.value.parts)) {
    return Flow::Return;  // dash: "Bad substitution" ends the file
  }
  std::string name = a.name;
  if (std::string scalar = env_.tied_scalar(a.name); !scalar.empty()) name = scalar;
  bool in_function = !locals_.empty();
  // zsh's GLOBAL_EXPORT (on by default): `typeset -x` in a function is global.
  bool global_export = context_.shell == Shell::Zsh && a.flags_on.find('x') != std::string::npos;
  bool declares_local =
      a.builtin == "local" ||
      ((a.builtin == "typeset" || a.builtin == "declare" || a.builtin == "integer" ||
        a.builtin == "float") &&
       in_function && a.flags_on.find('g') == std::string::npos && !global_export);
  if (declares_local) {
    // bash and sh: `local` outside a function fails; zsh's is a plain typeset there.
    if (!in_function && context_.shell != Shell::Zsh) return Flow::Normal;
    if (in_function && !locals_.back().contains(name)) {
      const Variable* before = env_.find(name);
      locals_.back()[name] = before ? std::optional<Variable>(*before) : std::nullopt;
    }
    // A new local starts without the global's attributes (and, in zsh, empty).
    if (context_.shell == Shell::Zsh && !a.has_value) env_.assign(name, Value(), origin());
  }
  // `declare -l/-u` and `typeset -A` apply to the value given with them.
  if (a.flags_on.find_first_of("luA") != std::string::npos && a.has_value && !env_.find(name)) {
    env_.assign(name, Value(), origin());
  }
  if (Variable* variable = env_.find(name)) {
    if (a.flags_on.find('l') != std::string::npos) variable->letter_case = 'l';
    if (a.flags_on.find('u') != std::string::npos) variable->letter_case = 'u';
    if (a.flags_on.find('A') != std::string::npos) variable->associative = true;
  }
  if (a.has_value) {
    if (const Variable* before = env_.find(name); before != nullptr && before->readonly) {
      return refused();
    }
    if (a.flags_on.find('A') != std::string::npos || a.builtin == "integer" ||
        a.builtin == "float" || a.flags_on.find_first_of("iEFn") != std::string::npos) {
      // Associative arrays and arithmetic values: not evaluated.
      assign(name, Value::unknown(fmt::format("{} {}", a.builtin, a.name), origin()));
    } else if (a.is_array || !a.subscript.empty()) {
      assign_array(a);
    } else {
      assign_defaults(a.value.parts);
      std::string why;
      EvalScope value_scope = scope(current_path());
      value_scope.assigning = name;
      Value value = evaluate_value(a.value.parts, value_scope, &why);
      if (a.append) {
        const Variable* before = env_.find(name);
        Value joined = before ? before->value : Value();
        joined.append(value);
        value = std::move(joined);
      }
      assign(name, std::move(value));
    }
  }
  declare_attributes(a, name);
  return Flow::Normal;
}

std::optional<std::vector<Value>> Walker::array_entries(const syntax::Assignment& a,
                                                        const std::string& scalar) {
  std::vector<Value> entries;
  for (const syntax::Word& element : a.elements) {
    // $path, ${path[@]}, "${path[@]}", $^path: the array's own elements.
    if (element.parts.size() == 1 && element.parts[0].kind == syntax::PartKind::Parameter &&
        element.parts[0].op.empty() && element.parts[0].zsh_modifiers.empty() &&
        (element.parts[0].subscript.empty() || element.parts[0].subscript == "@") &&
        (element.parts[0].zsh_flags.empty() || element.parts[0].zsh_flags == "^") &&
        env_.tied_scalar(element.parts[0].text) == scalar) {
      const Variable* current = env_.find(scalar);
      if (current == nullptr || current->value.is_empty() == true) continue;
      if (current->maybe_unset) return std::nullopt;
      // All its entries as one value: joined again with ':', it is the same text, and a long
      // PATH stays shared with the versions before it (value.h) instead of being copied by
      // every `path=(dir $path)`.
      entries.push_back(current->value);
      continue;
    }
    if (element.parts.size() == 1 && element.parts[0].kind == syntax::PartKind::Parameter &&
        element.parts[0].op.empty() && !element.parts[0].quoted) {
      if (auto elements = env_.array(element.parts[0].text)) {  // a user array: its elements
        for (const std::string& e : *elements) entries.push_back(Value::of(e, origin()));
        continue;
      }
    }
    bool plain = std::none_of(element.parts.begin(), element.parts.end(), [](const auto& part) {
      return part.kind == syntax::PartKind::Glob ||
             (!part.quoted && part.kind == syntax::PartKind::Literal &&
              part.text.find('{') != std::string::npos);  // brace expansion
    });
    if (plain) {
      Value value = evaluate_value(element.parts, scope(current_path()));
      // An unquoted expansion that is empty is no word at all: `path=($path $UNSET)`.
      bool quoted = std::any_of(element.parts.begin(), element.parts.end(),
                                [](const auto& part) { return part.quoted; });
      if (!quoted && value.is_empty() == true) continue;
      entries.push_back(std::move(value));
      continue;
    }
    WordValue value = evaluate(element, scope(current_path()), true);
    if (!value.known) return std::nullopt;
    for (std::string& v : value.values) entries.push_back(Value::of(std::move(v), origin()));
  }
  return entries;
}

void Walker::assign_array(const syntax::Assignment& a) {
  std::string scalar = env_.tied_scalar(a.name);
  if (!scalar.empty()) {
    // zsh's tied arrays: `path=(~/go/bin $path)` is PATH with its entries joined by ':'.
    const Variable* before = env_.find(scalar);
    Value old = before ? before->value : Value();
    bool old_empty = before == nullptr || old.is_empty() == true;
    if (!a.subscript.empty() && a.subscript != "1,0") {
      assign(scalar, Value::unknown(a.name + "[" + a.subscript + "]=…", origin()));
      return;
    }
    std::optional<std::vector<Value>> entries;
    if (a.is_array) {
      entries = array_entries(a, scalar);
    } else {
      entries = std::vector<Value>{evaluate_value(a.value.parts, scope(current_path()))};
    }
    if (!entries) {
      assign(scalar, Value::unknown("$" + a.name, origin()));
      return;
    }
    Value value = Value::join(*entries, ':', origin());
    if (a.append && !old_empty && !entries->empty()) {
      Value joined = old;
      joined.append(":", origin());
      joined.append(value);
      value = std::move(joined);
    } else if (a.append && entries->empty()) {
      value = old;
    } else if (a.subscript == "1,0" && !old_empty) {  // fpath[1,0]=dir: prepend
      value.append(":", origin());
      value.append(old);
    }
    assign(scalar, std::move(value));
    return;
  }
  if (!a.is_array || !a.subscript.empty()) {
    assign(a.name, Value::unknown(a.name + "=(…)", origin()));
    return;
  }
  std::vector<std::string> elements;
  if (a.append) {
    if (auto before = env_.array(a.name)) {
      elements = *before;
    } else if (env_.is_set(a.name)) {
      assign(a.name, Value::unknown(a.name + "=(…)", origin()));
      return;
    }
  }
  for (const syntax::Word& element : a.elements) {
    WordValue value = evaluate(element, scope(current_path()), true);
    if (!value.known) {
      assign(a.name, Value::unknown(a.name + "=(…)", origin()));
      return;
    }
    elements.insert(elements.end(), value.values.begin(), value.values.end());
  }
  const Variable* existing = env_.find(a.name);
  if (existing != nullptr && existing->readonly) return;
  if (existing != nullptr && existing->associative) {
    assign(a.name, Value::unknown(a.name + "=(…)", origin()));  // hash order
    return;
  }
  env_.set_array(a.name, std::move(elements));
  Variable* array = env_.find(a.name);
  array->set_at = origin();
  // As a plain value, bash's and sh's `$arr` is the first element; zsh's joins them.
  if (context_.shell != Shell::Zsh) {
    auto values = env_.array(a.name);
    array->value = Value::of(values && !values->empty() ? values->front() : "", origin());
  }
}

namespace {

// The variables an arithmetic expression assigns: `x++`, `--x`, `x = …`, `x += …`, `x <<= …`.
std::vector<std::string> arithmetic_targets(std::string_view expression) {
  std::vector<std::string> out;
  auto name_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  size_t i = 0;
  while (i < expression.size()) {
    char c = expression[i];
    if (!(std::isalpha(static_cast<unsigned char>(c)) || c == '_')) {
      ++i;
      continue;
    }
    size_t begin = i;
    while (i < expression.size() && name_char(expression[i])) ++i;
    std::string name(expression.substr(begin, i - begin));
    size_t before = begin;
    while (before > 0 && expression[before - 1] == ' ') --before;
    bool prefixed = before >= 2 && (expression.substr(before - 2, 2) == "++" ||
                                    expression.substr(before - 2, 2) == "--");
    size_t j = i;
    while (j < expression.size() && expression[j] == ' ') ++j;
    std::string_view rest = expression.substr(j);
    bool assigned =
        rest.starts_with("++") || rest.starts_with("--") || rest.starts_with("<<=") ||
        rest.starts_with(">>=") ||
        (rest.size() >= 2 && std::string_view("+-*/%&|^").find(rest[0]) != std::string_view::npos &&
         rest[1] == '=') ||
        (rest.starts_with("=") && !rest.starts_with("=="));
    if (assigned || prefixed) out.push_back(std::move(name));
  }
  return out;
}

}  // namespace

// Expansions dash knows; anything else (${x:0:3}, ${x//a/b}, ${x^^}) is "Bad substitution".
bool posix_expansions(const std::vector<syntax::WordPart>& parts) {
  static constexpr std::string_view kPosix[] = {"",   ":-", "-", ":=", "=", ":?", "?",
                                                ":+", "+",  "#", "##", "%", "%%", "length"};
  for (const syntax::WordPart& part : parts) {
    if (part.kind != syntax::PartKind::Parameter) continue;
    if (std::find(std::begin(kPosix), std::end(kPosix), part.op) == std::end(kPosix)) return false;
    if (!part.subscript.empty() || !posix_expansions(part.argument)) return false;
  }
  return true;
}

// Builtins that assign what only running them can tell: `read V`, `printf -v V`, `mapfile A`,
// `getopts o V`; and declarations whose names are computed (`export "$1=$2"`).
Flow Walker::assign_by_command(const syntax::Command& command) {
  std::string_view name = command.name();
  auto unknown = [&](const std::string& variable) {
    std::string command_name = name == "((" ? "((…))" : std::string(name);
    assign(variable, Value::unknown(fmt::format("{} {}", command_name, variable), origin()));
  };
  auto is_name = [](const std::string& word) {
    return !word.empty() && !std::isdigit(static_cast<unsigned char>(word[0])) &&
           std::all_of(word.begin(), word.end(), [](char c) {
             return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
           });
  };
  std::vector<std::string> args;
  for (size_t i = 1; i < command.words.size(); ++i) {
    args.push_back(command.words[i].is_literal() ? command.words[i].literal() : "");
  }
  if (name == "((" || name == "let") {
    // Arithmetic rclint does not evaluate: every variable it assigns becomes unknown.
    for (size_t i = 1; i < command.words.size(); ++i) {
      for (const std::string& variable : arithmetic_targets(command.words[i].raw)) {
        unknown(variable);
      }
    }
  } else if (name == "read") {
    bool any = false;
    for (size_t i = 0; i < args.size(); ++i) {
      if (args[i].starts_with("-")) {
        if (args[i].find_first_of("aptdnNu") != std::string::npos && i + 1 < args.size() &&
            args[i].size() == 2) {
          if (args[i] == "-a" && is_name(args[i + 1])) unknown(args[i + 1]), any = true;
          ++i;
        }
        continue;
      }
      if (is_name(args[i])) unknown(args[i]), any = true;
    }
    if (!any) unknown("REPLY");  // `read` with no name fills $REPLY (bash and zsh)
  } else if (name == "printf" && args.size() >= 2 && args[0] == "-v" && is_name(args[1])) {
    unknown(args[1]);
  } else if ((name == "mapfile" || name == "readarray")) {
    std::string target = "MAPFILE";
    for (const std::string& arg : args) {
      if (is_name(arg)) target = arg;
    }
    unknown(target);
  } else if (name == "getopts" && args.size() >= 2 && is_name(args[1])) {
    unknown(args[1]);
  } else if (name == "export" || name == "declare" || name == "typeset" || name == "local" ||
             name == "readonly") {
    // Reached as a plain command only when a name is computed: any variable may change.
    clobber(fmt::format("{} with a computed name", name));
  }
  return Flow::Normal;
}

void Walker::clobber(const std::string& why) {
  env_.taint(why);
  std::vector<std::string> names;
  for (const auto& [name, variable] : env_.variables()) {
    if (variable.exported && name != "HOME" && name != "SHLVL") names.push_back(name);
  }
  for (const std::string& name : names) {
    Variable* variable = env_.find(name);
    variable->value = merge_values(variable->value, Value::unknown(why, origin()), why);
  }
}

}  // namespace rclint::startup::detail
