#pragma once

// The walk behind StartupModel::order(): runs a context's startup steps, reads each file's
// statements in order, follows `source`, decides guards. Split over walker.cpp (steps, files,
// `source`, cycles), walker_statements.cpp (one handler per statement kind), walker_calls.cpp
// (functions and zsh autoload), walker_assignments.cpp and walker_trace.cpp. Internal to
// src/startup.

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/text.h"
#include "startup/command_model.h"
#include "startup/condition.h"
#include "startup/load_order.h"
#include "startup/system_files.h"
#include "syntax/word_lexer.h"

namespace rclint::startup::detail {

using syntax::Block;
using syntax::Statement;

// bash crashes after ~6,400 nested sources and zsh stops at ~1,000 (startup-order.md §4);
// real startup files nest a handful deep.
constexpr int kMaxSourceDepth = 64;
constexpr size_t kMaxLoopValues = 1000;
constexpr int kMaxCallDepth = 32;

enum class Flow { Normal, Return, Exit };

class Walker {
 public:
  Walker(StartupModel& model, const Context& context,
         const std::map<std::string, std::string>& start_env, LoadOrder& out);

  void run();

 private:
  struct Frame {
    std::string path;
    std::optional<SourceSite> site;
    uint64_t revision = 0;                     // the variables' revision when it was entered
    size_t file_index = 0;                     // into LoadOrder::files
    const source::SourceFile* file = nullptr;  // the file at `path` (looked up once)
    // The file's first syntax error: the shells stop reading the file there (bash, dash and
    // zsh run what comes before it). Past it, what the file sets is joined with what was
    // there before, since tree-sitter may place an error earlier than the shell would.
    uint32_t error_at = UINT32_MAX;
    bool past_error = false;
  };
  // A file or function being run: the variables at each `return` that may or may not have
  // run (inside an undecided branch); they join the variables at its end.
  using Returns = std::vector<StaticEnv>;

  void run_step(const StartupStep& step);

  bool zsh_has_no_dotfiles();

  // A user file's path at the moment it is due: $ZDOTDIR is read then (zsh(1)).
  std::optional<std::string> user_path(const std::string& name, const StartupStep& step,
                                       std::string* why);

  std::string home() const { return env_.get("HOME").value_or(model_.options().home); }

  EvalScope scope(const std::string& current_file = "") const;

  ConditionScope condition_scope() const;

  // Files outside the home are inputs only when the root is (--root, or auditing /).
  bool may_read(const std::string& p) const {
    return model_.options().system_files_from_fs ||
           source::path::is_within(p, model_.options().home);
  }

  std::string current_path() const { return stack_.empty() ? "" : stack_.back().path; }
  const source::SourceFile* current_file() const {
    return stack_.empty() ? nullptr : stack_.back().file;
  }

  void builtin_file(const std::string& pattern, const std::string& reason);

  Flow read_file(const std::string& p, const std::string& reason, std::optional<SourceSite> site,
                 bool guarded);

  // Hints for parsing ahead (syntax/parse_ahead.h), which change no result: the files that
  // `source` statements in `block` name with the variables as they are now, and, once an item
  // of a loop has sourced a file whose path holds the item, the same path for later items.
  void hint_sources(const Block& block);
  // The same, before `text` is parsed, for lines that begin with `source` or `.`: a worker
  // can parse those files while this one is parsed.
  void hint_source_lines(std::string_view text);
  void hint_loop_files(const std::vector<std::string>& items, size_t item, size_t first_file);
  void hint_sourced(const syntax::Word& word);  // the file(s) `source WORD` would read now

  Flow walk(const Block& block);

  // Walks a block that runs only if an undecided test holds; a `return` inside it makes the
  // rest of the file conditional too, since it may or may not have run.
  Flow walk_maybe(const Block& block);

  // The variables at the end of a file or function that may have returned early.
  void join_returns(Returns& returns, const std::string& why);

  bool is_conditional() const { return conditional_ > 0 || file_conditional_ > 0; }

  // Where the statement being run stands; inside modelled code, the statement that ran it.
  Origin origin() const;
  SourceSite site_of(const Statement& statement) const;

  // Assigns a value written at the current statement, honouring readonly and zsh's -U and
  // tied arrays (`path` is PATH).
  // false: the variable is readonly and the shell refused (zsh and sh then abandon the file).
  bool assign(const std::string& name, Value value);
  // `${NAME:=word}` / `${NAME=word}` anywhere in `parts` assigns NAME when it applies.
  void assign_defaults(const std::vector<syntax::WordPart>& parts);
  // zsh and sh abandon the rest of the file after a refused assignment; bash goes on.
  Flow refused() const { return context_.shell == Shell::Bash ? Flow::Normal : Flow::Return; }
  void assign_array(const syntax::Assignment& a);
  // zsh array elements as PATH entries: `$path`/`${path[@]}` contribute PATH's own entries.
  std::optional<std::vector<Value>> array_entries(const syntax::Assignment& a,
                                                  const std::string& scalar);
  void declare_attributes(const syntax::Assignment& a, const std::string& name);
  // Unknown code ran (`eval "$(tool init)"` for a tool rclint does not know, a `source` it
  // cannot follow): any exported variable may have changed.
  void clobber(const std::string& why);
  Flow assign_by_command(const syntax::Command& command);

  // Runs modelled code (a known command's effect) as if it stood at the current statement.
  Flow run_modelled(const ModelledCode& code);

  Flow step(const Statement& statement);

  // The trace (trace.h), in walker_trace.cpp: where the walk stands, and what it records.
  TracePoint trace_point() const;
  void trace_statement(const Statement& statement);
  void trace_assignment(const std::string& name, std::optional<Variable> before);
  // After an assignment statement: its events get the final attributes (`export X=1` exports
  // after assigning), and a declaration without a value (`export X`) gets an event of its own.
  void trace_declaration(const syntax::Assignment& a, const std::string& name,
                         std::optional<Variable> before, size_t first_event);
  Flow assignment_statement(const syntax::Assignment& a, const Statement& statement);

  Flow step_node(const syntax::Assignment& a, const Statement&);

  Flow step_node(const syntax::Command& command, const Statement&);

  // Runs a function body with its positional parameters; `local` variables and $1… are
  // restored when it returns.
  Flow call(const Block& body, const std::vector<Value>& args);
  Flow autoload_call(const std::string& name, const syntax::Command& command);
  // From here on the file (or function) may end early (`set -u` and an unset variable): what
  // it sets later is joined with what was there before.
  void may_end_here() {
    if (!returns_.empty()) returns_.back()->push_back(env_);
    ++file_conditional_;
  }

  // zsh option names ignore case and underscores; a leading "no" inverts.
  void set_option(std::string option, bool on);

  Flow step_node(const syntax::Source& source, const Statement& statement);

  // A name with a slash is relative to the working directory (the home, for a starting
  // shell). A bare name is searched: bash, PATH then the working directory; dash and zsh's
  // `.`, PATH only; zsh's `source`, the working directory then PATH.
  std::string resolve_relative(const std::string& name, const std::string& command) const;

  // `eval '…'` of a literal string runs it here; `eval "$(cmd)"` is the simulation's business
  // (known commands), not a source of startup files.
  Flow step_node(const syntax::Eval& eval, const Statement&);

  // A single-quoted literal string of code: parsed in place, so findings keep their positions.
  Flow run_code_string(const syntax::Word& code);

  Flow step_node(const syntax::Unset& unset, const Statement&);

  // zsh expands an unquoted word starting with `=` to a command's path (EQUALS): `[ a == b ]`
  // fails with "= not found", which abandons the rest of the file.
  Flow step_node(const syntax::Test& test, const Statement&) {
    if (context_.shell != Shell::Zsh || test.double_bracket) return Flow::Normal;
    for (const syntax::Word& token : test.tokens) {
      if (token.raw == "==") return Flow::Return;
    }
    return Flow::Normal;
  }

  Flow step_node(const syntax::Conditional& conditional, const Statement&);

  Flow step_node(const syntax::Case& c, const Statement&);

  Flow step_node(const syntax::Loop& loop, const Statement&);

  Flow step_node(const syntax::Function& function, const Statement&);

  Flow step_node(const syntax::Group& group, const Statement&);

  Flow step_node(const syntax::Pipeline& pipeline, const Statement&);

  Flow step_node(const syntax::Return& ret, const Statement&);

  StartupModel& model_;
  const Context& context_;
  const std::map<std::string, std::string>& start_env_;
  LoadOrder& out_;
  const source::FileSystem& fs_;
  StaticEnv env_;
  std::vector<Frame> stack_;
  std::map<std::string, const Block*> functions_;
  std::set<std::string> autoloads_;  // zsh `autoload` names not yet defined
  // Per function call: the variables to restore for names declared `local` in it.
  std::vector<std::map<std::string, std::optional<Variable>>> locals_;
  std::vector<Returns*> returns_;  // innermost file or function last
  const Statement* statement_ = nullptr;
  const syntax::Assignment* assignment_ = nullptr;  // the assignment statement being run
  size_t sequence_ = 0;                             // the trace's next event number
  int stdout_captured_ = 0;  // inside pipeline stages before the last, or redirected groups
  std::optional<std::pair<SourceSite, std::string>> modelled_;  // running a known command's code
  int conditional_ = 0;
  int file_conditional_ = 0;
  int call_depth_ = 0;
  bool rcs_ = true;
  bool global_rcs_ = true;
  bool stopped_ = false;
  bool allexport_ = false;    // `set -a`: every assignment exports
  bool cwd_changed_ = false;  // a `cd` ran: relative paths no longer start at the home
};

}  // namespace rclint::startup::detail
