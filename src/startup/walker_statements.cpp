#include "startup/walker.h"

namespace rclint::startup::detail {

Flow Walker::walk(const Block& block) {
  for (const Statement& statement : block) {
    Flow flow = step(statement);
    if (flow != Flow::Normal) return flow;
    if (stopped_) return Flow::Exit;
  }
  return Flow::Normal;
}

// Walks a block that runs only if an undecided test holds. Afterwards the variables are
// those of either path, joined. A `return` inside it ends the file (or function) on that path
// only: its variables are kept for the end of the file, and the walk goes on with the path
// where the block did not run.
Flow Walker::walk_maybe(const Block& block) {
  ++conditional_;
  StaticEnv skipped = env_;
  Flow flow = walk(block);
  --conditional_;
  if (flow == Flow::Exit) stopped_ = false;  // the exit may not happen
  if (flow == Flow::Return && !returns_.empty()) returns_.back()->push_back(env_);
  if (flow == Flow::Normal) {
    env_.merge(skipped, "set in a branch rclint cannot decide");
  } else {
    env_ = std::move(skipped);
    ++file_conditional_;
  }
  return Flow::Normal;
}

void Walker::join_returns(Returns& returns, const std::string& why) {
  for (const StaticEnv& at_return : returns) env_.merge(at_return, why);
}

Flow Walker::step(const Statement& statement) {
  statement_ = &statement;
  return std::visit([&](const auto& node) { return step_node(node, statement); }, statement.node);
}

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
      Value value = evaluate_value(a.value.parts, scope(current_path()), &why);
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

Flow Walker::run_modelled(const ModelledCode& code) {
  if (statement_ == nullptr) return Flow::Normal;
  auto saved = modelled_;
  modelled_ = {site_of(*statement_), code.label};
  const syntax::ParsedFile& parsed = model_.parsed_code(code.label, code.code, context_.dialect());
  const Statement* outer = statement_;
  Flow flow = walk(parsed.statements);
  statement_ = outer;
  modelled_ = saved;
  return flow == Flow::Exit ? Flow::Exit : Flow::Normal;
}

Flow Walker::step_node(const syntax::Command& command, const Statement&) {
  std::string_view name = command.name();
  if (name == "emulate") {
    // `emulate sh -c '. ~/.profile'`: the code string runs now, in this shell.
    for (size_t i = 1; i + 1 < command.words.size(); ++i) {
      if (command.words[i].raw == "-c") return run_code_string(command.words[i + 1]);
    }
    return Flow::Normal;
  }
  if (modelled_ && name == "rclint_path_prepend" && command.words.size() == 3) {
    // Modelled code only: put an entry first, dropping its other occurrences (pyenv init).
    std::string variable = command.words[1].literal();
    auto entry = evaluate_parts(command.words[2].parts, scope(current_path()), nullptr);
    const Variable* before = env_.find(variable);
    Value rest = before ? before->value : Value();
    Value value = entry ? Value::of(*entry, origin())
                        : evaluate_value(command.words[2].parts, scope(current_path()));
    if (entry) rest = without_entry(rest, *entry, ':');
    if (before != nullptr && rest.is_empty() != true) {
      value.append(":", origin());
      value.append(rest);
    }
    assign(variable, std::move(value));
    if (Variable* v = env_.find(variable)) v->exported = true;
    return Flow::Normal;
  }
  if (modelled_ && name == "rclint_path_unique" && command.words.size() == 2) {
    // Modelled code only: path_helper keeps the first occurrence of each entry.
    if (Variable* v = env_.find(command.words[1].literal())) {
      v->value = unique_entries(v->value, ':');
    }
    return Flow::Normal;
  }
  for (const syntax::Word& word : command.words) assign_defaults(word.parts);
  if (name == "set") {
    // `set -a` / `set -o allexport`: later assignments export (bash, sh, zsh).
    for (size_t i = 1; i < command.words.size(); ++i) {
      std::string flag = command.words[i].literal();
      bool on = flag.starts_with("-");
      if ((flag.starts_with("-") || flag.starts_with("+")) && flag.size() > 1 && flag[1] != 'o' &&
          flag.find('a') != std::string::npos && !is_conditional()) {
        allexport_ = on;
      }
      if ((flag == "-o" || flag == "+o") && i + 1 < command.words.size()) {
        set_option(command.words[i + 1].literal(), flag == "-o");
      }
    }
  } else if (name == "setopt" || name == "unsetopt") {
    for (size_t i = 1; i < command.words.size(); ++i) {
      set_option(command.words[i].literal(), name == "setopt");
    }
  } else if (auto function = functions_.find(std::string(name)); function != functions_.end()) {
    std::vector<Value> args;
    for (size_t i = 1; i < command.words.size(); ++i) {
      bool has_glob =
          std::any_of(command.words[i].parts.begin(), command.words[i].parts.end(),
                      [](const auto& part) { return part.kind == syntax::PartKind::Glob; });
      WordValue value = evaluate(command.words[i], scope(current_path()), true);
      if (!value.known || !has_glob) {
        args.push_back(evaluate_value(command.words[i].parts, scope(current_path())));
      } else {
        for (const std::string& v : value.values) args.push_back(Value::of(v, origin()));
      }
    }
    if (call(*function->second, args) == Flow::Exit) return Flow::Exit;
  }
  return Flow::Normal;
}

// Runs a function body with its positional parameters; `local` variables and $1… are
// restored when it returns.
Flow Walker::call(const Block& body, const std::vector<Value>& args) {
  if (call_depth_ >= kMaxCallDepth) return Flow::Normal;
  ++call_depth_;
  std::map<std::string, std::optional<Variable>> saved;
  for (size_t i = 1; i <= std::max<size_t>(args.size(), 9); ++i) {
    std::string n = std::to_string(i);
    const Variable* before = env_.find(n);
    saved[n] = before ? std::optional<Variable>(*before) : std::nullopt;
    if (i <= args.size()) {
      env_.assign(n, args[i - 1], origin());
    } else {
      env_.unset(n);
    }
  }
  locals_.emplace_back();
  Returns returns;
  returns_.push_back(&returns);
  const Statement* outer = statement_;
  Flow flow = walk(body);
  statement_ = outer;
  returns_.pop_back();
  join_returns(returns, "the function may return early");
  for (const auto& [n, before] : locals_.back()) saved.emplace(n, before);
  locals_.pop_back();
  for (const auto& [n, before] : saved) {
    if (before) {
      env_.put(n, *before);
    } else {
      env_.unset(n);
    }
  }
  --call_depth_;
  return flow == Flow::Exit ? Flow::Exit : Flow::Normal;
}

// zsh option names ignore case and underscores; a leading "no" inverts.
void Walker::set_option(std::string option, bool on) {
  std::string normal;
  for (char c : option) {
    if (c != '_') normal += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (normal.starts_with("no") && normal != "notify") {
    normal = normal.substr(2);
    on = !on;
  }
  if (is_conditional()) return;  // an option changed in an undecided branch: keep the default
  if (normal == "rcs") rcs_ = on;
  if (normal == "allexport") allexport_ = on;
  if (normal == "globalrcs") global_rcs_ = on;
}

Flow Walker::step_node(const syntax::Source& source, const Statement& statement) {
  SourceSite site = site_of(statement);
  if (source.args.empty()) return Flow::Normal;
  WordValue target = evaluate(source.args[0], scope(current_path()), true);
  if (!target.known) {
    out_.unresolved.push_back({site, target.why_unknown});
    clobber(fmt::format("{} (not followed)", source.args[0].raw));
    return Flow::Normal;
  }
  if (target.no_match) return Flow::Return;  // zsh: "no matches found" ends the file
  // `source a/*.zsh` reads only the first match; the others become its arguments.
  std::string p = target.values.empty() ? std::string() : target.values.front();
  if (p.empty()) return Flow::Normal;
  if (p[0] != '/') p = resolve_relative(p, source.command);
  p = source::path::normalize(p);
  if (!may_read(p)) {
    if (const CommandModel* commands = model_.options().commands) {
      if (auto code = commands->source_code(p, scope(current_path()))) return run_modelled(*code);
    }
    clobber(fmt::format("{} (not followed)", source.args[0].raw));
    out_.unresolved.push_back(
        {site, fmt::format("{} is outside the home; pass --root / (or --fs) to follow it", p)});
    return Flow::Normal;
  }
  if (!fs_.status(p).exists() && !fs_.link_status(p).exists()) {
    out_.missing.push_back({site, p, is_conditional()});
    // dash: `.` of a missing file is a special-builtin error: the rest of the file is
    // abandoned (bash and zsh print an error and go on).
    return context_.shell == Shell::Sh ? Flow::Return : Flow::Normal;
  }
  std::string reason = site.file != nullptr
                           ? fmt::format("sourced from {}:{}", site.file->shell_name(),
                                         site.file->position(site.range.begin).line)
                           : "sourced";
  return read_file(p, reason, site, is_conditional());
}

// A name with a slash is relative to the working directory (the home, for a starting
// shell). A bare name is searched: bash, PATH then the working directory; dash and zsh's
// `.`, PATH only; zsh's `source`, the working directory then PATH.
std::string Walker::resolve_relative(const std::string& name, const std::string& command) const {
  std::string in_cwd = source::path::join(home(), name);
  if (name.find('/') != std::string::npos) return in_cwd;
  bool cwd_first = context_.shell == Shell::Zsh && command == "source";
  bool cwd_last = context_.shell == Shell::Bash;
  if (cwd_first && fs_.status(in_cwd).exists()) return in_cwd;
  if (auto path = env_.get("PATH")) {
    for (std::string_view dir : text::split(*path, ':')) {
      if (dir.empty() || dir[0] != '/') continue;
      std::string candidate = source::path::join(std::string(dir), name);
      if (fs_.status(candidate).type == source::FileType::Regular) return candidate;
    }
  }
  if (cwd_last || cwd_first) return in_cwd;
  return source::path::join("/nonexistent-in-PATH", name);  // reported as missing
}

// `eval '…'` of a literal string runs it here; `eval "$(cmd)"` runs the known command's
// modelled effect (brew shellenv, path_helper, pyenv init …); any other eval may change any
// exported variable.
Flow Walker::step_node(const syntax::Eval& eval, const Statement&) {
  if (eval.args.size() == 1 && eval.args[0].raw.starts_with("'")) {
    return run_code_string(eval.args[0]);
  }
  const CommandModel* commands = model_.options().commands;
  if (eval.args.size() == 1 && eval.args[0].parts.size() == 1 &&
      eval.args[0].parts[0].kind == syntax::PartKind::CommandSubst && commands != nullptr) {
    std::string command(text::trim(eval.args[0].parts[0].text));
    if (auto argv = command_words(command, scope(current_path()))) {
      if (auto code = commands->eval_code(*argv, scope(current_path()))) {
        return run_modelled(*code);
      }
    }
  }
  if (!eval.args.empty()) clobber(fmt::format("eval {}", eval.args[0].raw));
  return Flow::Normal;
}

// A single-quoted literal string of code: parsed in place, so findings keep their positions.
Flow Walker::run_code_string(const syntax::Word& code) {
  if (code.raw.size() < 2 || code.raw.front() != '\'' || code.raw.back() != '\'' ||
      !code.is_literal() || stack_.empty()) {
    return Flow::Normal;
  }
  const source::SourceFile* file = model_.sources().find(current_path());
  if (file == nullptr) return Flow::Normal;
  source::Range inside{code.range.begin + 1, code.range.end - 1};
  const syntax::ParsedFile& parsed = model_.parsed_fragment(*file, inside, context_.dialect());
  return walk(parsed.statements);
}

Flow Walker::step_node(const syntax::Unset& unset, const Statement&) {
  if (unset.functions) {
    for (const std::string& name : unset.names) functions_.erase(name);
    return Flow::Normal;
  }
  for (const std::string& name : unset.names) {
    std::string target = env_.tied_scalar(name).empty() ? name : env_.tied_scalar(name);
    if (const Variable* variable = env_.find(target); variable && variable->readonly) continue;
    env_.unset(target);
  }
  return Flow::Normal;
}

Flow Walker::step_node(const syntax::Conditional& conditional, const Statement&) {
  using Form = syntax::Conditional::Form;
  for (const auto& branch : conditional.branches) {
    Flow flow = walk(branch.condition);
    if (flow != Flow::Normal) return flow;
    Truth truth = decide(branch.condition, condition_scope());
    if (conditional.form == Form::Or) {
      if (truth == Truth::True) return Flow::Normal;
      if (truth == Truth::False) return walk(conditional.else_body);
      return walk_maybe(conditional.else_body);
    }
    if (truth == Truth::True) return walk(branch.body);
    if (truth == Truth::Unknown) walk_maybe(branch.body);
    if (truth == Truth::Unknown && conditional.form == Form::And) return Flow::Normal;
    if (truth == Truth::False && conditional.form == Form::And) return Flow::Normal;
  }
  if (!conditional.has_else) return Flow::Normal;
  // Reached only when no branch was certainly taken.
  bool any_unknown = false;
  for (const auto& branch : conditional.branches) {
    if (decide(branch.condition, condition_scope()) == Truth::Unknown) any_unknown = true;
  }
  return any_unknown ? walk_maybe(conditional.else_body) : walk(conditional.else_body);
}

Flow Walker::step_node(const syntax::Case& c, const Statement&) {
  for (const auto& item : c.items) {
    Truth truth = case_matches(c.subject, item.patterns, condition_scope());
    if (truth == Truth::True) return walk(item.body);
    if (truth == Truth::Unknown) walk_maybe(item.body);
  }
  return Flow::Normal;
}

Flow Walker::step_node(const syntax::Loop& loop, const Statement&) {
  if (loop.kind != syntax::Loop::Kind::For || !loop.has_in) return walk_maybe(loop.body);
  std::vector<std::string> values;
  for (const syntax::Word& item : loop.items) {
    WordValue value = evaluate(item, scope(current_path()), true);
    if (!value.known) {
      assign(loop.variable, Value::unknown("$" + loop.variable, origin()));
      return walk_maybe(loop.body);
    }
    if (value.no_match) return Flow::Return;  // zsh: "no matches found" ends the file
    for (std::string& v : value.values) values.push_back(std::move(v));
    if (values.size() > kMaxLoopValues) break;
  }
  for (const std::string& value : values) {
    assign(loop.variable, Value::of(value, origin()));
    Flow flow = walk(loop.body);
    if (flow != Flow::Normal) return flow;
  }
  return Flow::Normal;
}

Flow Walker::step_node(const syntax::Function& function, const Statement&) {
  if (function.name.empty()) return call(function.body, {});  // zsh `() { … }` runs at once
  functions_[function.name] = &function.body;
  return Flow::Normal;
}

Flow Walker::step_node(const syntax::Group& group, const Statement&) {
  if (!group.subshell) return walk(group.body);
  StaticEnv saved = env_;
  Flow flow = walk(group.body);
  env_ = std::move(saved);  // a subshell's assignments stay in the subshell
  return flow == Flow::Exit ? Flow::Normal : Flow::Normal;
}

Flow Walker::step_node(const syntax::Pipeline& pipeline, const Statement&) {
  StaticEnv saved = env_;
  for (const Statement& stage : pipeline.stages) step(stage);
  if (pipeline.stages.size() > 1) env_ = std::move(saved);
  return Flow::Normal;
}

Flow Walker::step_node(const syntax::Return& ret, const Statement&) {
  if (ret.exit) {
    stopped_ = true;
    return Flow::Exit;
  }
  return Flow::Return;
}

}  // namespace rclint::startup::detail
