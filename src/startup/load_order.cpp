#include "startup/load_order.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/text.h"
#include "startup/condition.h"
#include "startup/system_files.h"
#include "syntax/word_lexer.h"

namespace rclint::startup {

using syntax::Block;
using syntax::Statement;

namespace {

// bash crashes after ~6,400 nested sources and zsh stops at ~1,000 (startup-order.md §4);
// real startup files nest a handful deep.
constexpr int kMaxSourceDepth = 64;
constexpr size_t kMaxLoopValues = 1000;
constexpr int kMaxCallDepth = 32;

enum class Flow { Normal, Return, Exit };

class Walker {
 public:
  Walker(StartupModel& model, const Context& context, LoadOrder& out)
      : model_(model), context_(context), out_(out), fs_(model.sources().file_system()) {
    for (const auto& [name, value] : model.options().env) env_.set(name, value);
    if (!env_.is_set("HOME")) env_.set("HOME", model.options().home);
    seed_shell_parameters(context, env_);
  }

  void run() {
    Context plan = context_;
    // Debian's ssh rule needs SHLVL unset or 0 on entry: a nested `bash -c` (SHLVL=1) reads
    // $BASH_ENV like any script (startup-order.md §4).
    if (plan.mode == Mode::SshCommand) {
      auto shlvl = env_.get("SHLVL");
      if (env_.is_set("SHLVL") && (!shlvl || (!shlvl->empty() && *shlvl != "0"))) {
        plan.mode = Mode::Script;
      }
    }
    for (const StartupStep& step : startup_steps(plan)) {
      if (stopped_) break;
      if (!rcs_ && step.needs_rcs) continue;
      if (!global_rcs_ && step.system) continue;
      run_step(step);
    }
  }

 private:
  struct Frame {
    std::string path;
    std::optional<SourceSite> site;
    StaticEnv env;  // the variables when the file was entered
  };

  void run_step(const StartupStep& step) {
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

  bool zsh_has_no_dotfiles() {
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
  std::optional<std::string> user_path(const std::string& name, const StartupStep& step,
                                       std::string* why) {
    if (step.variable.empty()) {
      std::string dir = home();
      if (step.uses_zdotdir && env_.is_set("ZDOTDIR")) {
        auto zdotdir = env_.get("ZDOTDIR");
        if (!zdotdir) {
          *why = "ZDOTDIR is set to a value rclint cannot know, so the zsh files it names are unknown";
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

  std::string home() const { return env_.get("HOME").value_or(model_.options().home); }

  EvalScope scope(const std::string& current_file = "") const {
    EvalScope s;
    s.env = &env_;
    s.dialect = context_.dialect();
    s.home = home();
    s.script_file = current_file;
    // zsh sets $0 to the file only when it is sourced; a startup file sees the shell's name.
    s.current_file = stack_.size() > 1 || (!stack_.empty() && stack_.back().site) ? current_file : "";
    s.fs = &fs_;
    return s;
  }

  ConditionScope condition_scope() const {
    ConditionScope s;
    s.context = &context_;
    s.values = scope(current_path());
    s.may_stat = [](const std::string& p, const void* data) {
      const auto* self = static_cast<const Walker*>(data);
      return self->model_.options().system_files_from_fs ||
             source::path::is_within(p, self->model_.options().home);
    };
    s.may_stat_data = this;
    return s;
  }

  // Files outside the home are inputs only when the root is (--root, or auditing /).
  bool may_read(const std::string& p) const {
    return model_.options().system_files_from_fs || source::path::is_within(p, model_.options().home);
  }

  std::string current_path() const { return stack_.empty() ? "" : stack_.back().path; }

  void builtin_file(const std::string& pattern, const std::string& reason) {
    // Debian 12 ships zsh 5.9: the model names its new-user script concretely.
    std::string p = pattern;
    if (size_t star = p.find('*'); star != std::string::npos) p.replace(star, 1, "5.9");
    LoadedFile loaded;
    loaded.path = p;
    loaded.reason = reason + "; stock file, modelled by rclint";
    loaded.builtin = true;
    loaded.conditional = is_conditional();
    out_.files.push_back(std::move(loaded));
    for (const StockSource& sourced : stock_sources(context_, p)) {
      LoadedFile inner;
      inner.path = sourced.path;
      inner.reason = sourced.reason + "; stock file, modelled by rclint";
      inner.builtin = true;
      inner.depth = 1;
      out_.files.push_back(std::move(inner));
    }
  }

  Flow read_file(const std::string& p, const std::string& reason, std::optional<SourceSite> site,
                 bool guarded) {
    (void)guarded;
    // Re-entering a file that is still being read recurses forever only if nothing changed
    // since it was entered: an include guard (`[ -n "$RC_LOADED" ] && return`) sees a new
    // variable and ends it, as in the real shell.
    for (size_t i = 0; i < stack_.size(); ++i) {
      if (stack_[i].path != p) continue;
      bool same_state = stack_[i].env == env_;
      if (!same_state && static_cast<int>(stack_.size()) <= kMaxSourceDepth) continue;
      SourceCycle cycle;
      for (size_t k = i + 1; k < stack_.size(); ++k) {
        if (stack_[k].site) cycle.chain.push_back(*stack_[k].site);
      }
      if (site) cycle.chain.push_back(*site);
      cycle.reentered = p;
      out_.cycles.push_back(std::move(cycle));
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
    if (file != nullptr) loaded.parsed = &model_.parsed(*file, context_.dialect());
    out_.files.push_back(loaded);
    if (file == nullptr) return Flow::Normal;
    stack_.push_back({p, site, env_});
    int outer_file_conditional = file_conditional_;
    file_conditional_ = 0;
    Flow flow = walk(loaded.parsed->statements);
    file_conditional_ = outer_file_conditional;
    stack_.pop_back();
    return flow == Flow::Exit ? Flow::Exit : Flow::Normal;
  }

  Flow walk(const Block& block) {
    for (const Statement& statement : block) {
      Flow flow = step(statement);
      if (flow != Flow::Normal) return flow;
      if (stopped_) return Flow::Exit;
    }
    return Flow::Normal;
  }

  // Walks a block that runs only if an undecided test holds; a `return` inside it makes the
  // rest of the file conditional too, since it may or may not have run.
  Flow walk_maybe(const Block& block) {
    ++conditional_;
    StaticEnv saved = env_;
    Flow flow = walk(block);
    forget_changes(saved);
    --conditional_;
    if (flow == Flow::Exit) {
      stopped_ = false;  // the exit may not happen
    }
    if (flow != Flow::Normal) ++file_conditional_;
    return Flow::Normal;
  }

  // After a branch that may not have run, a variable it changed has an unknown value.
  void forget_changes(const StaticEnv& before) {
    for (const std::string& name : changed_) {
      if (before.get(name) != env_.get(name) || before.is_set(name) != env_.is_set(name)) {
        env_.set(name, std::nullopt);
      }
    }
  }

  bool is_conditional() const { return conditional_ > 0 || file_conditional_ > 0; }

  void assign(const std::string& name, std::optional<std::string> value) {
    env_.set(name, is_conditional() ? std::nullopt : std::move(value));
    changed_.push_back(name);
  }

  Flow step(const Statement& statement) {
    return std::visit([&](const auto& node) { return step_node(node, statement); }, statement.node);
  }

  Flow step_node(const syntax::Assignment& a, const Statement&) {
    if (a.is_command_prefix) return Flow::Normal;
    if (a.builtin == "local" || (a.builtin == "typeset" && !locals_.empty() &&
                                 a.flags_on.find('g') == std::string::npos)) {
      if (locals_.empty()) return Flow::Normal;  // bash: `local` outside a function fails
      if (!locals_.back().contains(a.name)) {
        locals_.back()[a.name] = env_.is_set(a.name) ? std::optional<std::optional<std::string>>(env_.get(a.name))
                                                     : std::nullopt;
      }
    }
    if (!a.has_value) return Flow::Normal;
    if (a.is_array && a.subscript.empty() && !is_conditional()) {
      std::vector<std::string> elements;
      if (a.append) {
        if (const auto* before = env_.array(a.name)) elements = *before;
        else if (env_.is_set(a.name)) return assign(a.name, std::nullopt), Flow::Normal;
      }
      for (const syntax::Word& element : a.elements) {
        WordValue value = evaluate(element, scope(current_path()), true);
        if (!value.known) return assign(a.name, std::nullopt), Flow::Normal;
        elements.insert(elements.end(), value.values.begin(), value.values.end());
      }
      env_.set_array(a.name, std::move(elements));
      changed_.push_back(a.name);
      return Flow::Normal;
    }
    if (a.is_array || a.append || !a.subscript.empty()) {
      assign(a.name, std::nullopt);
      return Flow::Normal;
    }
    std::string why;
    assign(a.name, evaluate_parts(a.value.parts, scope(current_path()), &why));
    return Flow::Normal;
  }

  Flow step_node(const syntax::Command& command, const Statement&) {
    std::string_view name = command.name();
    if (name == "emulate") {
      // `emulate sh -c '. ~/.profile'`: the code string runs now, in this shell.
      for (size_t i = 1; i + 1 < command.words.size(); ++i) {
        if (command.words[i].raw == "-c") return run_code_string(command.words[i + 1]);
      }
      return Flow::Normal;
    }
    if (name == "setopt" || name == "unsetopt") {
      for (size_t i = 1; i < command.words.size(); ++i) {
        set_option(command.words[i].literal(), name == "setopt");
      }
    } else if (auto function = functions_.find(std::string(name)); function != functions_.end()) {
      std::vector<std::optional<std::string>> args;
      for (size_t i = 1; i < command.words.size(); ++i) {
        WordValue value = evaluate(command.words[i], scope(current_path()), true);
        if (!value.known) {
          args.push_back(std::nullopt);
        } else {
          for (const std::string& v : value.values) args.push_back(v);
        }
      }
      if (call(*function->second, args) == Flow::Exit) return Flow::Exit;
    }
    return Flow::Normal;
  }

  // Runs a function body with its positional parameters; `local` variables and $1… are
  // restored when it returns.
  Flow call(const Block& body, const std::vector<std::optional<std::string>>& args) {
    if (call_depth_ >= kMaxCallDepth) return Flow::Normal;
    ++call_depth_;
    std::map<std::string, std::optional<std::optional<std::string>>> saved;
    for (size_t i = 1; i <= std::max<size_t>(args.size(), 9); ++i) {
      std::string n = std::to_string(i);
      saved[n] = env_.is_set(n) ? std::optional<std::optional<std::string>>(env_.get(n)) : std::nullopt;
      if (i <= args.size()) {
        env_.set(n, args[i - 1]);
      } else {
        env_.unset(n);
      }
    }
    locals_.emplace_back();
    Flow flow = walk(body);
    for (const auto& [n, before] : locals_.back()) saved.emplace(n, before);
    locals_.pop_back();
    for (const auto& [n, before] : saved) {
      if (before) {
        env_.set(n, *before);
      } else {
        env_.unset(n);
      }
    }
    --call_depth_;
    return flow == Flow::Exit ? Flow::Exit : Flow::Normal;
  }

  // zsh option names ignore case and underscores; a leading "no" inverts.
  void set_option(std::string option, bool on) {
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
    if (normal == "globalrcs") global_rcs_ = on;
  }

  Flow step_node(const syntax::Source& source, const Statement& statement) {
    SourceSite site{stack_.empty() ? nullptr : model_.sources().find(current_path()),
                    statement.range};
    if (source.args.empty()) return Flow::Normal;
    WordValue target = evaluate(source.args[0], scope(current_path()), true);
    if (!target.known) {
      out_.unresolved.push_back({site, target.why_unknown});
      return Flow::Normal;
    }
    if (target.no_match) return Flow::Return;  // zsh: "no matches found" ends the file
    // `source a/*.zsh` reads only the first match; the others become its arguments.
    std::string p = target.values.empty() ? std::string() : target.values.front();
    if (p.empty()) return Flow::Normal;
    if (p[0] != '/') p = resolve_relative(p, source.command);
    p = source::path::normalize(p);
    if (!may_read(p)) {
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
  std::string resolve_relative(const std::string& name, const std::string& command) const {
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

  // `eval '…'` of a literal string runs it here; `eval "$(cmd)"` is the simulation's business
  // (known commands), not a source of startup files.
  Flow step_node(const syntax::Eval& eval, const Statement&) {
    if (eval.args.size() == 1) return run_code_string(eval.args[0]);
    return Flow::Normal;
  }

  // A single-quoted literal string of code: parsed in place, so findings keep their positions.
  Flow run_code_string(const syntax::Word& code) {
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

  Flow step_node(const syntax::Unset& unset, const Statement&) {
    if (unset.functions) {
      for (const std::string& name : unset.names) functions_.erase(name);
      return Flow::Normal;
    }
    for (const std::string& name : unset.names) {
      if (conditional_ > 0) {
        env_.set(name, std::nullopt);
      } else {
        env_.unset(name);
      }
    }
    return Flow::Normal;
  }

  Flow step_node(const syntax::Test&, const Statement&) { return Flow::Normal; }

  Flow step_node(const syntax::Conditional& conditional, const Statement&) {
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

  Flow step_node(const syntax::Case& c, const Statement&) {
    for (const auto& item : c.items) {
      Truth truth = case_matches(c.subject, item.patterns, condition_scope());
      if (truth == Truth::True) return walk(item.body);
      if (truth == Truth::Unknown) walk_maybe(item.body);
    }
    return Flow::Normal;
  }

  Flow step_node(const syntax::Loop& loop, const Statement&) {
    if (loop.kind != syntax::Loop::Kind::For || !loop.has_in) return walk_maybe(loop.body);
    std::vector<std::string> values;
    for (const syntax::Word& item : loop.items) {
      WordValue value = evaluate(item, scope(current_path()), true);
      if (!value.known) {
        assign(loop.variable, std::nullopt);
        return walk_maybe(loop.body);
      }
      if (value.no_match) return Flow::Return;  // zsh: "no matches found" ends the file
      for (std::string& v : value.values) values.push_back(std::move(v));
      if (values.size() > kMaxLoopValues) break;
    }
    for (const std::string& value : values) {
      assign(loop.variable, value);
      Flow flow = walk(loop.body);
      if (flow != Flow::Normal) return flow;
    }
    return Flow::Normal;
  }

  Flow step_node(const syntax::Function& function, const Statement&) {
    if (function.name.empty()) return call(function.body, {});  // zsh `() { … }` runs at once
    functions_[function.name] = &function.body;
    return Flow::Normal;
  }

  Flow step_node(const syntax::Group& group, const Statement&) {
    if (!group.subshell) return walk(group.body);
    StaticEnv saved = env_;
    Flow flow = walk(group.body);
    env_ = std::move(saved);  // a subshell's assignments stay in the subshell
    return flow == Flow::Exit ? Flow::Normal : Flow::Normal;
  }

  Flow step_node(const syntax::Pipeline& pipeline, const Statement&) {
    StaticEnv saved = env_;
    for (const Statement& stage : pipeline.stages) step(stage);
    if (pipeline.stages.size() > 1) env_ = std::move(saved);
    return Flow::Normal;
  }

  Flow step_node(const syntax::Return& ret, const Statement&) {
    if (ret.exit) {
      stopped_ = true;
      return Flow::Exit;
    }
    return Flow::Return;
  }

  StartupModel& model_;
  const Context& context_;
  LoadOrder& out_;
  const source::FileSystem& fs_;
  StaticEnv env_;
  std::vector<Frame> stack_;
  std::vector<std::string> changed_;
  std::map<std::string, const Block*> functions_;
  // Per function call: the values to restore for names declared `local` in it.
  std::vector<std::map<std::string, std::optional<std::optional<std::string>>>> locals_;
  int conditional_ = 0;
  int file_conditional_ = 0;
  int call_depth_ = 0;
  bool rcs_ = true;
  bool global_rcs_ = true;
  bool stopped_ = false;
};

}  // namespace

StartupModel::StartupModel(source::SourceSet& sources, syntax::Parser& parser, ModelOptions options)
    : sources_(sources), parser_(parser), options_(std::move(options)) {}

StartupModel::~StartupModel() = default;

const syntax::ParsedFile& StartupModel::parsed(const source::SourceFile& file,
                                               syntax::Dialect dialect) {
  auto key = std::make_pair(file.id(), dialect);
  auto found = cache_.find(key);
  if (found != cache_.end()) return *found->second;
  auto parsed = std::make_unique<syntax::ParsedFile>(parser_.parse(file, dialect));
  return *cache_.emplace(key, std::move(parsed)).first->second;
}

const syntax::ParsedFile& StartupModel::parsed_fragment(const source::SourceFile& file,
                                                        source::Range range,
                                                        syntax::Dialect dialect) {
  auto key = std::make_tuple(file.id(), dialect, range.begin);
  auto found = fragments_.find(key);
  if (found != fragments_.end()) return *found->second;
  auto parsed = std::make_unique<syntax::ParsedFile>(parser_.parse_fragment(file, range, dialect));
  return *fragments_.emplace(key, std::move(parsed)).first->second;
}

LoadOrder StartupModel::order(const Context& context) {
  LoadOrder out;
  out.context = context;
  Walker(*this, context, out).run();
  out.not_read = files_not_read(context, out, sources_.file_system(), options_.home);
  return out;
}

}  // namespace rclint::startup
