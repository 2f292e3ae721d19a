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
  if (call_depth_ == 0 && !modelled_ && !stack_.empty() && !stack_.back().past_error &&
      statement.range.end > stack_.back().error_at) {
    stack_.back().past_error = true;
    may_end_here();
  }
  trace_statement(statement);
  return std::visit([&](const auto& node) { return step_node(node, statement); }, statement.node);
}

Flow Walker::run_modelled(const ModelledCode& code) {
  if (statement_ == nullptr) return Flow::Normal;
  auto saved = modelled_;
  // Nested modelled code (a stock /etc/zprofile running path_helper) names both.
  modelled_ = {site_of(*statement_), saved ? saved->second + " → " + code.label : code.label};
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
  if (Flow flow = assign_by_command(command); flow != Flow::Normal) return flow;
  if (name == "shift" ||
      (name == "set" && command.words.size() > 1 &&
       (command.words[1].literal() == "--" || !command.words[1].literal().starts_with("-")))) {
    // New positional parameters: not followed.
    for (const char* positional : {"#", "1", "2", "3", "4", "5", "6", "7", "8", "9", "@", "argv"}) {
      if (env_.is_set(positional) || std::string_view(positional) == "#") {
        assign(positional, Value::unknown(std::string(name), origin()));
      }
    }
  }
  if (name == "cd" || name == "pushd" || name == "popd") cwd_changed_ = true;
  if (name == "set") {
    // `set -a` / `set -o allexport`: later assignments export (bash, sh, zsh).
    for (size_t i = 1; i < command.words.size(); ++i) {
      std::string flag = command.words[i].literal();
      if ((flag.starts_with("-") && flag.size() > 1 && flag[1] != 'o' &&
           flag.find('u') != std::string::npos) ||
          (flag == "-o" && i + 1 < command.words.size() &&
           command.words[i + 1].literal() == "nounset")) {
        may_end_here();  // set -u: an unset variable ends the file
      }
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
  } else if (name == "autoload" && context_.shell == Shell::Zsh) {
    for (size_t i = 1; i < command.words.size(); ++i) {
      std::string word = command.words[i].literal();
      if (!word.empty() && word[0] != '-' && word[0] != '+') autoloads_.insert(word);
    }
  } else if (!functions_.contains(std::string(name)) && autoloads_.contains(std::string(name))) {
    return autoload_call(std::string(name), command);
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
  // NO_UNSET (`setopt nounset`): the option is UNSET, turned off.
  if (normal == "unset" && !on) may_end_here();  // an unset variable ends the file
  if (normal == "globalrcs") global_rcs_ = on;
}

Flow Walker::step_node(const syntax::Source& source, const Statement& statement) {
  SourceSite site = site_of(statement);
  if (source.args.empty()) return Flow::Normal;
  if (context_.shell == Shell::Sh && source.command == "source") {
    return Flow::Normal;  // dash has no `source`: "source: not found", and it goes on
  }
  if (source.args.size() > 1) {
    // `source file args…`: the file sees its own positional parameters (not followed).
    for (const char* positional : {"#", "1", "2", "3", "@", "argv"}) {
      assign(positional, Value::unknown("source arguments", origin()));
    }
  }
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
  if (p[0] != '/' && cwd_changed_ && p.find('/') != std::string::npos) {
    out_.unresolved.push_back({site, "a `cd` ran before: the working directory is not known"});
    clobber(fmt::format("{} (not followed)", source.args[0].raw));
    return Flow::Normal;
  }
  if (p[0] != '/') p = resolve_relative(p, source.command);
  p = source::path::normalize(p);
  // With --fs, a file outside the home is not read, but whether it exists is known.
  bool may_look = may_read(p) || model_.options().stat_outside_home;
  if (may_look && !fs_.status(p).exists() && !fs_.link_status(p).exists()) {
    // `source X 2>/dev/null` says "X may be missing"; dash still abandons the file there.
    bool silenced = source.stderr_silenced && context_.shell != Shell::Sh;
    out_.missing.push_back({site, p, is_conditional() || silenced});
    // dash: `.` of a missing file is a special-builtin error: the rest of the file is
    // abandoned (bash and zsh print an error and go on).
    return context_.shell == Shell::Sh ? Flow::Return : Flow::Normal;
  }
  if (!may_read(p)) {
    if (const CommandModel* commands = model_.options().commands) {
      if (auto code = commands->source_code(p, scope(current_path()))) return run_modelled(*code);
    }
    clobber(fmt::format("{} (not followed)", source.args[0].raw));
    out_.unresolved.push_back(
        {site, fmt::format("{} is outside the home; pass --root / (or --fs) to follow it", p)});
    return Flow::Normal;
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
  const source::SourceFile* file = current_file();
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
  bool undecided_before = false;  // an earlier item may have matched instead
  for (const auto& item : c.items) {
    Truth truth = case_matches(c.subject, item.patterns, condition_scope());
    if (truth == Truth::True) return undecided_before ? walk_maybe(item.body) : walk(item.body);
    if (truth == Truth::Unknown) {
      walk_maybe(item.body);
      undecided_before = true;
    }
  }
  return Flow::Normal;
}

Flow Walker::step_node(const syntax::Loop& loop, const Statement&) {
  if (loop.kind != syntax::Loop::Kind::For || !loop.has_in) {
    // while/until/select/for ((…)): the condition runs, the body runs any number of times.
    // One pass is walked; what it changes may change again, so it is not exact.
    StaticEnv before = env_;
    if (Flow flow = walk(loop.condition); flow != Flow::Normal) return flow;
    // `for d; do` / `for d do`: d takes the values of "$@", which are not followed.
    if (loop.kind == syntax::Loop::Kind::For && !loop.variable.empty()) {
      assign(loop.variable, Value::unknown("$" + loop.variable, origin()));
    }
    size_t files_before = out_.files.size() + out_.unresolved.size() + out_.missing.size();
    walk_maybe(loop.body);
    if (out_.files.size() + out_.unresolved.size() + out_.missing.size() != files_before) {
      clobber("a loop that may source more files");  // later passes may read other files
    }
    for (const auto& [name, variable] : before.variables()) {
      Variable* now = env_.find(name);
      if (now != nullptr && !(*now == variable)) {
        now->value = merge_values(now->value, Value::unknown("a loop", origin()), "a loop");
      }
    }
    for (const auto& [name, variable] : env_.variables()) {
      if (before.find(name) == nullptr && variable.value.exact()) {
        env_.find(name)->value =
            merge_values(variable.value, Value::unknown("a loop", origin()), "a loop");
      }
    }
    return Flow::Normal;
  }
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
  bool hinted = false;
  for (size_t i = 0; i < values.size(); ++i) {
    assign(loop.variable, Value::of(values[i], origin()));
    size_t first_file = out_.files.size();
    Flow flow = walk(loop.body);
    if (flow != Flow::Normal) return flow;
    if (!hinted && out_.files.size() > first_file) {
      hint_loop_files(values, i, first_file);
      hinted = true;
    }
  }
  return Flow::Normal;
}

Flow Walker::step_node(const syntax::Group& group, const Statement&) {
  stdout_captured_ += group.stdout_redirected ? 1 : 0;
  Flow flow = Flow::Normal;
  if (!group.subshell) {
    flow = walk(group.body);
  } else {
    StaticEnv saved = env_;
    flow = walk(group.body);
    env_ = std::move(saved);  // a subshell's assignments stay in the subshell
    flow = Flow::Normal;      // and its exit or return ends the subshell only
  }
  stdout_captured_ -= group.stdout_redirected ? 1 : 0;
  return flow;
}

Flow Walker::step_node(const syntax::Pipeline& pipeline, const Statement&) {
  StaticEnv saved = env_;
  for (size_t i = 0; i < pipeline.stages.size(); ++i) {
    bool piped = i + 1 < pipeline.stages.size();  // its output goes to the next stage
    stdout_captured_ += piped ? 1 : 0;
    step(pipeline.stages[i]);
    stdout_captured_ -= piped ? 1 : 0;
  }
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
