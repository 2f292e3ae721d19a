// The walk's assignments: export and the typeset family, readonly, zsh's tied arrays and
// typeset -U, ${X:=y}, and what unknown code may have changed (see walker.h).
#include "startup/walker.h"

namespace rclint::startup::detail {

bool Walker::assign(const std::string& name, Value value) {
  std::string target = name;
  if (std::string scalar = env_.tied_scalar(name); !scalar.empty()) target = scalar;
  Variable* existing = env_.find(target);
  if (existing != nullptr && existing->readonly) return false;  // the shell refuses
  if (existing != nullptr && existing->unique) value = unique_entries(value, ':');
  env_.assign(target, std::move(value), origin());
  if (allexport_) env_.find(target)->exported = true;
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

Flow Walker::step_node(const syntax::Assignment& a, const Statement&) {
  if (a.is_command_prefix) return Flow::Normal;
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
    if (!in_function) return Flow::Normal;  // bash: `local` outside a function fails
    if (!locals_.back().contains(name)) {
      const Variable* before = env_.find(name);
      locals_.back()[name] = before ? std::optional<Variable>(*before) : std::nullopt;
    }
    // A new local starts without the global's attributes (and, in zsh, empty).
    if (context_.shell == Shell::Zsh && !a.has_value) env_.assign(name, Value(), origin());
  }
  if (a.has_value) {
    if (const Variable* before = env_.find(name); before != nullptr && before->readonly) {
      return refused();
    }
    if (a.is_array || !a.subscript.empty()) {
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
      for (Value& entry : current->value.split(':')) entries.push_back(std::move(entry));
      continue;
    }
    if (element.parts.size() == 1 && element.parts[0].kind == syntax::PartKind::Parameter &&
        element.parts[0].op.empty() && !element.parts[0].quoted) {
      if (auto elements = env_.array(element.parts[0].text)) {  // a user array: its elements
        for (const std::string& e : *elements) entries.push_back(Value::of(e, origin()));
        continue;
      }
    }
    bool plain = std::none_of(element.parts.begin(), element.parts.end(),
                              [](const auto& part) { return part.kind == syntax::PartKind::Glob; });
    if (plain) {
      entries.push_back(evaluate_value(element.parts, scope(current_path())));
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
  if (const Variable* existing = env_.find(a.name); existing && existing->readonly) return;
  env_.set_array(a.name, std::move(elements));
  env_.find(a.name)->set_at = origin();
}

void Walker::clobber(const std::string& why) {
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
