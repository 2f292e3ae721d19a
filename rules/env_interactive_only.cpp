// rules/env_interactive_only.cpp: a PATH addition or toolchain variable that only interactive
// shells get, decided by reachability: does the same line run in a non-interactive context?
#include <algorithm>
#include <map>
#include <tuple>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

using startup::Mode;
using startup::Shell;

// The non-interactive contexts that read the user's files (startup-order.md §1, §4):
// bash:script reads only $BASH_ENV, so a line there says nothing about the usual files.
std::vector<Mode> non_interactive_modes(Shell shell) {
  if (shell == Shell::Zsh) return {Mode::Script, Mode::LoginScript};
  if (shell == Shell::Bash) return {Mode::LoginScript, Mode::SshCommand};
  return {};  // sh: an interactive sh reads only $ENV, a login sh ~/.profile; nothing to compare
}

// The statement sets a value (not `export GOPATH`, `typeset -U path`, `read`, `unset`).
bool sets_value(const startup::AssignmentStep& step) {
  if (!step.after) return false;
  if (step.syntax == nullptr) return !step.at.modelled.empty();  // `eval "$(brew shellenv)"`
  return step.syntax->has_value && !step.syntax->is_command_prefix;
}

std::vector<std::string> entries_of(const std::optional<startup::Variable>& v) {
  std::vector<std::string> out;
  if (!v) return out;
  for (const startup::Value& entry : v->value.split(':')) out.push_back(entry.render());
  return out;
}

// The exact entries of a value: an unknown one may be anything, so it proves no addition.
std::vector<std::string> exact_entries_of(const std::optional<startup::Variable>& v) {
  std::vector<std::string> out;
  if (!v) return out;
  for (const startup::Value& entry : v->value.split(':')) {
    if (auto text = entry.text()) out.push_back(*text);
  }
  return out;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// The known PATH entries a step adds (`PATH=$(dedupe "$PATH")` adds nothing rclint knows).
std::vector<std::string> added_entries(const startup::AssignmentStep& step) {
  std::vector<std::string> before = entries_of(step.before);
  std::vector<std::string> added;
  for (const std::string& entry : exact_entries_of(step.after)) {
    if (!entry.empty() && !contains(before, entry) && !contains(added, entry)) {
      added.push_back(entry);
    }
  }
  return added;
}

// One variable a statement sets: for PATH, the entries it adds.
struct Effect {
  const startup::AssignmentStep* step;  // its first run
  std::vector<std::string> added;
};

// What one statement (a line) sets in this context, in trace order.
struct Statement {
  const source::SourceFile* file;
  source::Range range;
  std::vector<Effect> effects;
};

// Variables that serve the interactive shell itself: zsh's function path (completion, prompt
// themes), and the pages `man` and `info` find, read by a person at a terminal.
bool serves_interactive_use(const std::string& name) {
  return name == "FPATH" || name == "MANPATH" || name == "INFOPATH";
}

std::vector<Statement> statements_setting(const lint::Context& ctx) {
  const std::vector<std::string>& toolchain = ctx.known.toolchain_variables();
  std::vector<Statement> out;
  for (const startup::AssignmentStep& step : ctx.order.trace.assignments) {
    if (!ctx.is_user_file(step.at.file) || !sets_value(step)) continue;
    bool is_path = step.name == "PATH";
    if (!is_path && (!contains(toolchain, step.name) || serves_interactive_use(step.name))) {
      continue;
    }
    std::vector<std::string> added = is_path ? added_entries(step) : std::vector<std::string>{};
    if (is_path && added.empty()) continue;  // reorders or repeats: nothing new
    auto same = std::find_if(out.begin(), out.end(), [&](const Statement& s) {
      return s.file == step.at.file && s.range == step.range;
    });
    if (same == out.end()) {
      out.push_back({step.at.file, step.range, {}});
      same = out.end() - 1;
    }
    // A loop runs a statement several times: one effect per variable, entries united.
    auto effect = std::find_if(same->effects.begin(), same->effects.end(),
                               [&](const Effect& e) { return e.step->name == step.name; });
    if (effect == same->effects.end()) {
      same->effects.push_back({&step, added});
      continue;
    }
    for (std::string& e : added) {
      if (!contains(effect->added, e)) effect->added.push_back(e);
    }
  }
  return out;
}

// Whether a non-interactive context gets the same effect: the statement runs there, or the
// variable (the PATH entries) is set there by another line.
bool reached_in(const startup::LoadOrder& other, const startup::AssignmentStep& step,
                const std::vector<std::string>& added) {
  bool same_line = std::any_of(other.trace.assignments.begin(), other.trace.assignments.end(),
                               [&](const startup::AssignmentStep& s) {
                                 return s.at.file == step.at.file && s.range == step.range &&
                                        s.name == step.name;
                               });
  if (same_line) return true;
  const startup::Variable* var = other.environment.find(step.name);
  if (var == nullptr) return false;
  if (step.name != "PATH") return true;
  std::vector<std::string> there = entries_of(*var);
  return std::all_of(added.begin(), added.end(),
                     [&](const std::string& e) { return contains(there, e); });
}

// The file a bash login shell reads, for the help (startup-order.md §4).
std::string bash_login_file(const lint::Context& ctx) {
  for (const startup::LoadedFile& f : ctx.order_of(Shell::Bash, Mode::Login).files) {
    if (f.depth == 0 && ctx.is_user_file(f.file)) return f.file->shell_name();
  }
  return ctx.context().platform == startup::Platform::Macos ? "~/.bash_profile" : "~/.profile";
}

// `what` is "this line", or the line of a startup file that sources the file holding it.
std::string help_for(const lint::Context& ctx, const std::string& name, const std::string& what) {
  const startup::Context& c = ctx.context();
  if (c.shell == Shell::Zsh) {
    if (name == "PATH" && c.platform == startup::Platform::Macos) {
      return fmt::format(
          "move {} to ~/.zprofile, which login shells and `zsh -l -c` read (in ~/.zshenv, "
          "path_helper in /etc/zprofile would move the entry behind /usr/bin)",
          what);
    }
    return fmt::format(
        "move {} to ~/.zshenv, which every zsh reads, scripts and `ssh host cmd` included", what);
  }
  std::string file = bash_login_file(ctx);
  if (c.platform == startup::Platform::Macos) {
    return fmt::format("move {} to {}, which login shells and `bash -l -c` read", what, file);
  }
  return fmt::format(
      "move {} to {} (login shells, `bash -l -c`), or above the interactivity guard of "
      "~/.bashrc (`ssh host cmd` reads ~/.bashrc up to it)",
      what, file);
}

// For a line in a sourced file (~/.asdf/asdf.sh), the `source` line that loads it: moving
// that line is often the fix.
const startup::SourceSite* source_site(const lint::Context& ctx,
                                       const startup::AssignmentStep& step) {
  if (step.at.file_index >= ctx.order.files.size()) return nullptr;
  const startup::LoadedFile& f = ctx.order.files[step.at.file_index];
  if (f.depth == 0 || !f.sourced_from || !ctx.is_user_file(f.sourced_from->file)) return nullptr;
  return &*f.sourced_from;
}

// "~/go/bin" for a directory in the home, as the user wrote it.
std::string tilde(const lint::Context& ctx, const std::string& dir) {
  const std::string& home = ctx.sources.options().home;
  if (dir.starts_with(home + "/")) return "~" + dir.substr(home.size());
  return dir;
}

std::string describe(const lint::Context& ctx, const Effect& e) {
  if (e.step->name != "PATH") return e.step->name;
  std::vector<std::string> dirs;
  for (const std::string& dir : e.added) dirs.push_back(tilde(ctx, dir));
  return fmt::format("PATH (+{})", fmt::join(dirs, ":"));
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  const startup::Context& c = ctx.context();
  std::vector<Mode> modes = non_interactive_modes(c.shell);
  if (!c.is_interactive() || modes.empty()) return;
  for (const Statement& statement : statements_setting(ctx)) {
    std::vector<std::string> names;
    bool sets_path = false;
    for (const Effect& e : statement.effects) {
      bool reached = std::any_of(modes.begin(), modes.end(), [&](Mode m) {
        return reached_in(ctx.order_of(c.shell, m), *e.step, e.added);
      });
      if (reached) continue;
      names.push_back(describe(ctx, e));
      sets_path = sets_path || e.step->name == "PATH";
    }
    if (names.empty()) continue;
    std::string none = c.shell == Shell::Zsh
                           ? "zsh:script (`zsh -c`, scripts, `ssh host cmd`) and zsh:login-script "
                             "(`zsh -l -c`)"
                           : "bash:login-script (`bash -l -c`) and bash:ssh-command (`ssh host "
                             "cmd`)";
    std::string what = "this line";
    const startup::SourceSite* site = source_site(ctx, *statement.effects.front().step);
    if (site != nullptr) {
      what = fmt::format("this line (or the line of {} that sources {})", site->file->shell_name(),
                         statement.file->shell_name());
    }
    auto finding =
        names.size() == 1 && sets_path
            ? out.report(*statement.file, statement.range,
                         "PATH gets {} only in interactive shells: scripts, IDE tasks and `ssh "
                         "host cmd` do not find commands there",
                         names.front().substr(7, names.front().size() - 8))
            : out.report(
                  *statement.file, statement.range,
                  "{} {} only in interactive shells: scripts, IDE tasks and `ssh host cmd` do not "
                  "see {}",
                  fmt::join(names, ", "), names.size() == 1 ? "is set" : "are set",
                  names.size() == 1 ? "it" : "them");
    finding
        .note("{} do not run this line, and no other line sets {} there", none,
              names.size() == 1 ? "it" : "them")
        .help("{}", help_for(ctx, sets_path ? "PATH" : names.front(), what));
    if (site != nullptr) {
      finding.note_at(*site->file, site->range, "{} is sourced here", statement.file->shell_name());
    }
  }
}

}  // namespace

extern constinit const lint::Rule env_interactive_only{
    .name = "env-interactive-only",
    .severity = Severity::Warning,
    .summary = "a PATH addition or toolchain variable that only interactive shells get",
    .rationale = R"md(~/.zshrc runs only in interactive zsh, and ~/.bashrc usually returns at
once when the shell is not interactive (Debian's `case $- in *i*)` guard). A `GOPATH`, `GOROOT`
or PATH entry set there is missing in `zsh -c`, scripts, IDE tasks, CI steps and `ssh host go
build`, which then fail with "command not found" or use another Go. rclint decides this by
reachability, not by file name: it looks whether the same line runs in the non-interactive
contexts of the same shell (zsh:script and zsh:login-script; bash:login-script and
bash:ssh-command), or whether another line sets the variable (adds the entry) there. A line
above ~/.bashrc's guard reaches `ssh host cmd` and is fine. Set toolchain variables in ~/.zshenv
(zsh) or ~/.profile / ~/.bash_profile (bash); on macOS put zsh's PATH in ~/.zprofile, since
path_helper reorders what ~/.zshenv puts first. Ignore it for tools you only ever use by hand
in a terminal.)md",
    .bad_example = "export GOPATH=\"$HOME/go\"\n",
    .good_example = "alias gob='go build'\n",
    .check = check,
};

}  // namespace rclint::rules
