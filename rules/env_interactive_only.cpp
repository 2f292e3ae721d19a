// rules/env_interactive_only.cpp: a PATH addition or toolchain variable that only interactive
// shells get, decided by reachability: does the same line run in a non-interactive context?
#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>

#include "lint/rule.h"
#include "startup/entry_changes.h"

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

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// A statement setting one variable: the same line run twice (a loop, a file read twice) is
// one line.
using LineKey = std::tuple<const source::SourceFile*, uint32_t, uint32_t, std::string>;
LineKey line_of(const startup::AssignmentStep& step) {
  return {step.at.file, step.range.begin, step.range.end, step.name};
}

// One variable a statement (a line) sets: for PATH, the known entries it adds that PATH did
// not hold (`PATH=$(dedupe "$PATH")` adds nothing rclint knows), united over its runs.
struct Effect {
  const startup::AssignmentStep* step;  // its first run
  std::vector<std::string> added;
  std::unordered_set<std::string> added_set;
  void add(const std::string& entry) {
    if (added_set.insert(entry).second) added.push_back(entry);
  }
  bool same_line(const Effect& o) const {
    return step->at.file == o.step->at.file && step->range == o.step->range;
  }
};

// What the user's lines set in this context, in trace order. FPATH (zsh's completion and
// prompt functions), MANPATH and INFOPATH serve a person at a terminal: not flagged. PATH's
// entries are followed step by step (entry_changes.h), so a home that changes PATH a
// thousand times stays linear.
std::vector<Effect> effects(const lint::Context& ctx) {
  const std::vector<std::string>& toolchain = ctx.known.toolchain_variables();
  std::vector<Effect> out;
  std::map<LineKey, size_t> index;  // into out
  startup::EntryTracker path("PATH");
  for (const startup::AssignmentStep& step : ctx.order.trace.assignments) {
    const startup::EntryChanges& changes = path.advance(step);
    if (!ctx.is_user_file(step.at.file) || !sets_value(step)) continue;
    bool is_path = step.name == "PATH";
    if (!is_path && (!contains(toolchain, step.name) || step.name == "FPATH" ||
                     step.name == "MANPATH" || step.name == "INFOPATH")) {
      continue;
    }
    Effect effect{&step, {}, {}};
    for (const startup::Value& entry : is_path ? changes.added : std::vector<startup::Value>{}) {
      if (!entry.exact()) continue;  // an unknown entry may be anything: it proves nothing
      std::string text = entry.render();
      if (!text.empty() && path.count_before(text) == 0) effect.add(text);
    }
    if (is_path && effect.added.empty()) continue;  // reorders or repeats: nothing new
    auto [slot, inserted] = index.try_emplace(line_of(step), out.size());
    if (inserted) {
      out.push_back(std::move(effect));
      continue;
    }
    for (const std::string& e : effect.added) out[slot->second].add(e);
  }
  return out;
}

// A non-interactive context, as far as this rule asks: which lines set which variable there,
// and which entries its PATH ends with.
struct Reach {
  std::set<LineKey> lines;
  const startup::StaticEnv* environment = nullptr;
  std::unordered_set<std::string> path_entries;

  explicit Reach(const startup::LoadOrder& order) : environment(&order.environment) {
    for (const startup::AssignmentStep& s : order.trace.assignments) lines.insert(line_of(s));
    if (const startup::Variable* path = order.environment.find("PATH")) {
      for (const startup::Value& entry : path->value.split(':')) {
        path_entries.insert(entry.render());
      }
    }
  }

  // Whether this context gets the same effect: the statement runs there, or the variable
  // (the PATH entries) is set there by another line.
  bool gets(const Effect& e) const {
    if (lines.count(line_of(*e.step)) != 0) return true;
    if (environment->find(e.step->name) == nullptr) return false;
    if (e.step->name != "PATH") return true;
    return std::all_of(e.added.begin(), e.added.end(),
                       [&](const std::string& entry) { return path_entries.count(entry) != 0; });
  }
};

// `what` is "this line", or that and the line sourcing its file. Bash: the login file bash
// reads (startup-order.md §4), or the part of ~/.bashrc above its guard (Debian's ssh rule).
std::string help_for(const lint::Context& ctx, bool path, const std::string& what) {
  const startup::Context& c = ctx.context();
  bool macos = c.platform == startup::Platform::Macos;
  if (c.shell == Shell::Zsh && path && macos) {
    return fmt::format(
        "move {} to ~/.zprofile, which login shells and `zsh -l -c` read (path_helper in "
        "/etc/zprofile would move what ~/.zshenv puts first behind /usr/bin)",
        what);
  }
  if (c.shell == Shell::Zsh) {
    return fmt::format(
        "move {} to ~/.zshenv, which every zsh reads, scripts and `ssh host cmd` included", what);
  }
  std::string file = macos ? "~/.bash_profile" : "~/.profile";
  for (const startup::LoadedFile& f : ctx.order_of(Shell::Bash, Mode::Login).files) {
    if (f.depth == 0 && ctx.is_user_file(f.file)) file = f.file->shell_name();
  }
  return fmt::format("move {} to {} (login shells, `bash -l -c`){}", what, file,
                     macos ? "" : ", or above the interactivity guard of ~/.bashrc");
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

// "GOPATH", or "PATH (+~/go/bin:/usr/local/go/bin)" with home directories shown with ~.
std::string describe(const lint::Context& ctx, const Effect& e) {
  if (e.step->name != "PATH") return e.step->name;
  const std::string& home = ctx.sources.options().home;
  std::vector<std::string> dirs;
  for (const std::string& dir : e.added) {
    dirs.push_back(dir.starts_with(home + "/") ? "~" + dir.substr(home.size()) : dir);
  }
  return fmt::format("PATH (+{})", fmt::join(dirs, ":"));
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  const startup::Context& c = ctx.context();
  std::vector<Mode> modes = non_interactive_modes(c.shell);
  if (!c.is_interactive() || modes.empty()) return;
  std::vector<Reach> others;
  for (Mode m : modes) others.emplace_back(ctx.order_of(c.shell, m));
  // The effects of each line, lines in the order they first run.
  std::vector<Effect> all = effects(ctx);
  std::vector<std::vector<const Effect*>> lines;
  std::map<std::tuple<const source::SourceFile*, uint32_t, uint32_t>, size_t> line_index;
  for (const Effect& e : all) {
    auto key = std::tuple{e.step->at.file, e.step->range.begin, e.step->range.end};
    auto [slot, inserted] = line_index.try_emplace(key, lines.size());
    if (inserted) lines.emplace_back();
    lines[slot->second].push_back(&e);
  }
  for (const std::vector<const Effect*>& line : lines) {
    const Effect* first = line.front();
    const source::SourceFile& file = *first->step->at.file;
    std::vector<std::string> names;
    bool sets_path = false;
    for (const Effect* e : line) {
      bool reached =
          std::any_of(others.begin(), others.end(), [&](const Reach& r) { return r.gets(*e); });
      if (reached) continue;
      names.push_back(describe(ctx, *e));
      sets_path = sets_path || e->step->name == "PATH";
    }
    if (names.empty()) continue;
    std::string what = "this line";
    const startup::SourceSite* site = source_site(ctx, *first->step);
    if (site != nullptr) {
      what = fmt::format("this line (or the line of {} that sources {})", site->file->shell_name(),
                         file.shell_name());
    }
    const char* them = names.size() == 1 ? "it" : "them";
    auto finding =
        out.report(file, first->step->range,
                   "{} {} only in interactive shells: scripts, IDE tasks and `ssh host "
                   "cmd` do not see {}",
                   fmt::join(names, ", "), names.size() == 1 ? "is set" : "are set", them);
    finding
        .note("{} do not run this line, and no other line sets {} there",
              c.shell == Shell::Zsh ? "zsh:script (`zsh -c`, scripts, `ssh host cmd`) and "
                                      "zsh:login-script (`zsh -l -c`)"
                                    : "bash:login-script (`bash -l -c`) and bash:ssh-command "
                                      "(`ssh host cmd`)",
              them)
        .help("{}", help_for(ctx, sets_path, what));
    if (site != nullptr) {
      finding.note_at(*site->file, site->range, "{} is sourced here", file.shell_name());
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
