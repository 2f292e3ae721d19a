#include "startup/walker.h"

namespace rclint::startup::detail {

Walker::Walker(StartupModel& model, const Context& context,
               const std::map<std::string, std::string>& start_env, LoadOrder& out)
    : model_(model),
      context_(context),
      start_env_(start_env),
      out_(out),
      fs_(model.sources().file_system()) {
  for (const auto& [name, value] : start_env) {
    env_.set(name, value);
    env_.find(name)->exported = true;
  }
  if (!env_.is_set("HOME")) {
    env_.set("HOME", model.options().home);
    env_.find("HOME")->exported = true;
  }
  seed_shell_parameters(context, env_);
  env_.set("#", std::string("0"));  // a starting shell has no arguments (`bash -c cmd`)
  if (context.shell != Shell::Sh) {
    // bash and zsh set UID and EUID themselves (not exported).
    for (const char* name : {"UID", "EUID"}) env_.set(name, model.options().uid);
  }
  if (context.shell == Shell::Zsh) {
    // zsh starts with its own function directories in fpath (not exported).
    env_.assign("FPATH", Value::unknown("zsh's default fpath"), {});
    for (const char* lower : {"path", "fpath", "cdpath", "manpath", "module_path", "mailpath"}) {
      std::string upper = lower;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      env_.tie(lower, upper);
    }
  }
}

void Walker::run() {
  Context plan = context_;
  // Debian's ssh rule needs SHLVL unset or 0 on entry: a nested `bash -c` (SHLVL=1) reads
  // $BASH_ENV like any script (startup-order.md §4).
  if (plan.mode == Mode::SshCommand) {
    const auto& start = start_env_;
    auto shlvl = start.find("SHLVL");
    if (shlvl != start.end() && !shlvl->second.empty() && shlvl->second != "0") {
      plan.mode = Mode::Script;
    }
  }
  for (const StartupStep& step : startup_steps(plan)) {
    if (stopped_) break;
    if (!rcs_ && step.needs_rcs) continue;
    if (!global_rcs_ && step.system) continue;
    run_step(step);
  }
  out_.environment = env_;
}

void Walker::run_step(const StartupStep& step) {
  if (step.zsh_newuser && !zsh_has_no_dotfiles()) return;
  if (step.system) {
    if (model_.options().system_files_from_fs) {
      std::string p = step.path;
      if (p.find('*') != std::string::npos) {  // /usr/share/zsh/*/scripts/newuser
        WordValue found = evaluate(syntax::make_word(p, 0, syntax::Dialect::Bash), scope(), true);
        if (!found.known || found.values.empty()) return;
        p = found.values.front();
      }
      if (fs_.status(p).exists()) read_file(p, step.reason, std::nullopt, false);
      return;
    }
    if (!stock_file_exists(context_.platform, step.path)) return;
    builtin_file(step.path, step.reason);
    return;
  }
  std::vector<std::string> candidates;
  std::string why;
  for (const std::string& name : step.user_files) {
    auto resolved = user_path(name, step, &why);
    if (!resolved) {
      out_.unresolved.push_back({{}, why});
      clobber(why);  // a file rclint cannot name runs: it may set anything
      return;
    }
    if (!resolved->empty()) candidates.push_back(*resolved);
  }
  if (step.first_existing) {
    for (const std::string& candidate : candidates) {
      if (fs_.link_status(candidate).exists()) {
        read_file(candidate, step.reason_for(candidate, model_.sources().shell_name(candidate)),
                  std::nullopt, false);
        return;
      }
    }
    return;
  }
  for (const std::string& candidate : candidates) {
    if (fs_.link_status(candidate).exists()) {
      read_file(candidate, step.reason_for(candidate, model_.sources().shell_name(candidate)),
                std::nullopt, false);
    }
  }
}

bool Walker::zsh_has_no_dotfiles() {
  std::string why;
  for (const char* name : {".zshenv", ".zprofile", ".zshrc", ".zlogin"}) {
    StartupStep probe;
    probe.uses_zdotdir = true;
    auto p = user_path(name, probe, &why);
    if (!p || fs_.link_status(*p).exists()) return false;
  }
  return true;
}

// A user file's path at the moment it is due: $ZDOTDIR is read then (zsh(1)).
std::optional<std::string> Walker::user_path(const std::string& name, const StartupStep& step,
                                             std::string* why) {
  if (step.variable.empty()) {
    std::string dir = home();
    if (step.uses_zdotdir && env_.is_set("ZDOTDIR")) {
      auto zdotdir = env_.get("ZDOTDIR");
      if (!zdotdir) {
        *why =
            "ZDOTDIR is set to a value rclint cannot know, so the zsh files it names are unknown";
        return std::nullopt;
      }
      if (!zdotdir->empty()) dir = *zdotdir;
    }
    return source::path::join(dir, name);
  }
  // $BASH_ENV / $ENV: the value is expanded (parameters, ~) before use; PATH is not searched.
  if (!env_.is_set(step.variable)) return std::string();
  auto value = env_.get(step.variable);
  if (!value) {
    *why = fmt::format("${} is set to a value rclint cannot know", step.variable);
    return std::nullopt;
  }
  if (value->empty()) return std::string();
  syntax::Word word = syntax::make_word(*value, 0, syntax::Dialect::Posix);
  if (context_.shell == Shell::Sh) {
    // dash expands parameters in $ENV but not `~` (ENV='~/.shrc' opens a file named "~").
    for (syntax::WordPart& part : word.parts) {
      if (part.kind == syntax::PartKind::Tilde) {
        part.kind = syntax::PartKind::Literal;
        part.text = "~" + part.text;
      }
    }
  }
  std::string expand_why;
  auto expanded = evaluate_parts(word.parts, scope(), &expand_why);
  if (!expanded) {
    *why = fmt::format("${} = '{}': {}", step.variable, *value, expand_why);
    return std::nullopt;
  }
  if (expanded->empty() || (*expanded)[0] != '/') return source::path::join(home(), *expanded);
  return *expanded;
}

EvalScope Walker::scope(const std::string& current_file) const {
  EvalScope s;
  s.env = &env_;
  s.dialect = context_.dialect();
  s.home = home();
  s.script_file = current_file;
  // zsh sets $0 to the file only when it is sourced; a startup file sees the shell's name.
  s.current_file = stack_.size() > 1 || (!stack_.empty() && stack_.back().site) ? current_file : "";
  s.fs = &fs_;
  s.origin = origin();
  s.context = &context_;
  s.commands = model_.options().commands;
  s.uid = model_.options().uid;
  s.may_stat = [](const std::string& p, const void* data) {
    const ModelOptions& options = static_cast<const Walker*>(data)->model_.options();
    return options.system_files_from_fs || options.stat_outside_home ||
           source::path::is_within(p, options.home);
  };
  s.may_stat_data = this;
  s.is_function = [](const std::string& name, const void* data) {
    return static_cast<const Walker*>(data)->functions_.contains(name);
  };
  return s;
}

Origin Walker::origin() const {
  if (modelled_) {
    const SourceSite& site = modelled_->first;
    return {site.file, site.range.begin, modelled_->second};
  }
  if (statement_ == nullptr || stack_.empty()) return {};
  return {current_file(), statement_->range.begin, ""};
}

SourceSite Walker::site_of(const Statement& statement) const {
  if (modelled_) return modelled_->first;
  return {current_file(), statement.range};
}

ConditionScope Walker::condition_scope() const {
  ConditionScope s;
  s.context = &context_;
  s.values = scope(current_path());
  s.may_stat = [](const std::string& p, const void* data) {
    const auto* self = static_cast<const Walker*>(data);
    const ModelOptions& options = self->model_.options();
    return options.system_files_from_fs || options.stat_outside_home ||
           source::path::is_within(p, options.home);
  };
  s.may_stat_data = this;
  return s;
}

void Walker::builtin_file(const std::string& pattern, const std::string& reason) {
  // Debian 12 ships zsh 5.9: the model names its new-user script concretely.
  std::string p = pattern;
  if (size_t star = p.find('*'); star != std::string::npos) p.replace(star, 1, "5.9");
  LoadedFile loaded;
  loaded.path = p;
  loaded.reason = reason + "; stock file, modelled by rclint";
  loaded.builtin = true;
  loaded.conditional = is_conditional();
  out_.files.push_back(std::move(loaded));
  if (const CommandModel* commands = model_.options().commands) {
    if (auto code = commands->stock_code(context_, p)) {
      // The stock file's effect (macOS /etc/zprofile runs path_helper), as data.
      auto saved = modelled_;
      modelled_ = {SourceSite{}, code->label};
      const syntax::ParsedFile& parsed =
          model_.parsed_code(code->label, code->code, context_.dialect());
      walk(parsed.statements);
      modelled_ = saved;
    }
  }
  for (const StockSource& sourced : stock_sources(context_, p)) {
    LoadedFile inner;
    inner.path = sourced.path;
    inner.reason = sourced.reason + "; stock file, modelled by rclint";
    inner.builtin = true;
    inner.depth = 1;
    out_.files.push_back(std::move(inner));
  }
}

Flow Walker::read_file(const std::string& p, const std::string& reason,
                       std::optional<SourceSite> site, bool guarded) {
  (void)guarded;
  // Re-entering a file that is still being read recurses forever unless an include guard
  // (`[ -n "$RC_LOADED" ] && return`) stops it on the second pass. So a file is read a second
  // time when something changed since it was entered (the guard variable), as the real shell
  // does, and a third entry is a loop: reported, never followed.
  size_t entries = 0;
  size_t last = 0;
  for (size_t i = 0; i < stack_.size(); ++i) {
    if (stack_[i].path == p) ++entries, last = i;
  }
  bool guard_may_stop = entries == 1 && stack_[last].revision != env_.revision();
  if (entries > 0 && !guard_may_stop) {
    SourceCycle cycle;
    for (size_t k = last + 1; k < stack_.size(); ++k) {
      if (stack_[k].site) cycle.chain.push_back(*stack_[k].site);
    }
    if (site) cycle.chain.push_back(*site);
    cycle.reentered = p;
    out_.cycles.push_back(std::move(cycle));
    // The shells recurse here until a limit (zsh goes on afterwards); rclint stops, so what the
    // loop would have set is not known.
    clobber(fmt::format("{} sourced in a loop", model_.sources().shell_name(p)));
    return Flow::Normal;
  }
  if (static_cast<int>(stack_.size()) > kMaxSourceDepth) return Flow::Normal;
  LoadedFile loaded;
  loaded.path = p;
  loaded.reason = reason;
  loaded.conditional = is_conditional();
  loaded.depth = static_cast<int>(stack_.size());
  loaded.sourced_from = site;
  const source::SourceFile* file = model_.sources().load(p);
  loaded.file = file;
  if (file != nullptr) hint_source_lines(file->text());
  if (file != nullptr) loaded.parsed = &model_.parsed(*file, context_.dialect());
  out_.files.push_back(loaded);
  if (file == nullptr) return Flow::Normal;
  hint_sources(loaded.parsed->statements);
  stack_.push_back({p, site, env_.revision(), out_.files.size() - 1});
  stack_.back().file = file;
  for (const syntax::SyntaxError& error : loaded.parsed->errors) {
    if (!error.analysis_limit)
      stack_.back().error_at = std::min(stack_.back().error_at, error.range.begin);
  }
  int outer_file_conditional = file_conditional_;
  file_conditional_ = 0;
  Returns returns;
  returns_.push_back(&returns);
  const Statement* outer_statement = statement_;
  auto outer_modelled = modelled_;
  modelled_.reset();
  Flow flow = walk(loaded.parsed->statements);
  modelled_ = outer_modelled;
  statement_ = outer_statement;
  returns_.pop_back();
  join_returns(returns, fmt::format("{} may return early", model_.sources().shell_name(p)));
  file_conditional_ = outer_file_conditional;
  stack_.pop_back();
  return flow == Flow::Exit ? Flow::Exit : Flow::Normal;
}

void Walker::hint_sourced(const syntax::Word& word) {
  WordValue value = evaluate(word, scope(current_path()), true);
  if (!value.known) return;
  for (const std::string& path : value.values) {
    std::string normal = source::path::normalize(path);
    if (normal.starts_with('/') && may_read(normal)) model_.parse_ahead(normal, context_.dialect());
  }
}

void Walker::hint_sources(const Block& block) {
  if (!model_.parses_ahead()) return;
  for (const Statement& statement : block) {
    if (const auto* source = std::get_if<syntax::Source>(&statement.node)) {
      if (!source->args.empty()) hint_sourced(source->args.front());
      continue;
    }
    std::visit(
        [&](const auto& node) {
          using Node = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<Node, syntax::Conditional>) {
            for (const auto& branch : node.branches) hint_sources(branch.body);
            hint_sources(node.else_body);
          } else if constexpr (std::is_same_v<Node, syntax::Case>) {
            for (const auto& item : node.items) hint_sources(item.body);
          } else if constexpr (std::is_same_v<Node, syntax::Loop> ||
                               std::is_same_v<Node, syntax::Group> ||
                               std::is_same_v<Node, syntax::Function>) {
            hint_sources(node.body);
          } else if constexpr (std::is_same_v<Node, syntax::Pipeline>) {
            hint_sources(node.stages);
          }
        },
        statement.node);
  }
}

void Walker::hint_source_lines(std::string_view text) {
  if (!model_.parses_ahead()) return;
  for (size_t at = 0; at < text.size();) {
    size_t end = std::min(text.find('\n', at), text.size());
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos) continue;
    line.remove_prefix(first);
    if (!line.starts_with(". ") && !line.starts_with("source ")) continue;
    line = line.substr(0, line.find_first_of(";&|#"));  // a guess: quotes are not looked at
    std::vector<syntax::Word> words = syntax::split_words(line, 0, context_.dialect());
    if (words.size() >= 2) hint_sourced(words[1]);
  }
}

void Walker::hint_loop_files(const std::vector<std::string>& items, size_t item,
                             size_t first_file) {
  const std::string& now = items[item];
  if (!model_.parses_ahead() || now.size() < 2) return;  // too short to stand for the item
  for (size_t f = first_file; f < out_.files.size(); ++f) {
    const std::string& read = out_.files[f].path;
    if (out_.files[f].file == nullptr || read.find(now) == std::string::npos) continue;
    for (size_t later = item + 1; later < items.size(); ++later) {
      std::string guess;
      size_t from = 0;
      for (size_t at = read.find(now); at != std::string::npos; at = read.find(now, from)) {
        guess.append(read, from, at - from).append(items[later]);
        from = at + now.size();
      }
      guess.append(read, from);
      guess = source::path::normalize(guess);
      if (may_read(guess)) model_.parse_ahead(guess, context_.dialect());
    }
  }
}

}  // namespace rclint::startup::detail
