// rules/zdotdir_too_late.cpp: ZDOTDIR set after zsh has chosen where its startup files are.
#include <algorithm>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

// zshall(1) STARTUP/SHUTDOWN FILES: zsh reads .zprofile, .zshrc, .zlogin from $ZDOTDIR at the
// moment each is due; only a value set by the time ~/.zshenv (or /etc/zshenv) has run moves
// all of them. A file sourced from ~/.zshenv counts as ~/.zshenv.
bool is_zshenv(const source::SourceFile* top) {
  if (top == nullptr) return false;
  std::string_view p = top->path();
  return p.ends_with("/.zshenv") || p == "/etc/zshenv" || p == "/etc/zsh/zshenv";
}

// The same value again (`export ZDOTDIR=~/.config/zsh` repeated in the moved .zshrc): no move.
bool unchanged(const startup::AssignmentStep& step) {
  if (!step.before || !step.after) return false;
  auto before = step.before->value.text();
  auto after = step.after->value.text();
  return before && after && *before == *after;
}

// The user startup files this context reads before and after `step`, as "~/.zprofile".
std::pair<std::vector<std::string>, std::vector<std::string>> files_around(
    const lint::Context& ctx, const startup::AssignmentStep& step) {
  std::pair<std::vector<std::string>, std::vector<std::string>> out;
  for (size_t i = 0; i < ctx.order.files.size(); ++i) {
    const startup::LoadedFile& f = ctx.order.files[i];
    if (f.depth != 0 || !ctx.is_user_file(f.file)) continue;
    (i <= step.at.file_index ? out.first : out.second).push_back(f.file->shell_name());
  }
  return out;
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  if (ctx.context().shell != startup::Shell::Zsh) return;
  for (const startup::AssignmentStep& step : ctx.order.trace.assignments) {
    if (step.name != "ZDOTDIR" || !step.after || !ctx.is_user_file(step.at.file)) continue;
    if (step.syntax != nullptr && (!step.syntax->has_value || step.syntax->is_command_prefix)) {
      continue;  // `export ZDOTDIR` alone changes no value; `ZDOTDIR=x zsh` is for that zsh
    }
    if (is_zshenv(step.at.top) || unchanged(step)) continue;
    const source::SourceFile* top = step.at.top ? step.at.top : step.at.file;
    auto finding = out.report(*step.at.file, step.range,
                              "ZDOTDIR is set in {}, after zsh has chosen where its startup "
                              "files are: ~/.zshenv is the last place to set it",
                              top->shell_name());
    auto [before, after] = files_around(ctx, step);
    if (!after.empty()) {
      finding.note("in {}, zsh reads {} from the new ZDOTDIR, but {} from the old one",
                   ctx.context().name(), fmt::join(after, ", "), fmt::join(before, ", "));
    }
    finding
        .note(
            "files due later (.zshrc after .zprofile, .zlogin) come from the new ZDOTDIR, "
            "earlier ones do not: shells started different ways read different files")
        .help("move this line to ~/.zshenv (or export ZDOTDIR before zsh starts)");
  }
}

}  // namespace

extern constinit const lint::Rule zdotdir_too_late{
    .name = "zdotdir-too-late",
    .severity = Severity::Error,
    .summary = "ZDOTDIR is set after zsh has chosen where its startup files are",
    .rationale = R"md(zsh reads ~/.zshenv first, then .zprofile, .zshrc and .zlogin from
`$ZDOTDIR` (or `$HOME`), looking at ZDOTDIR when each file is due. Set in ~/.zshenv (or in
/etc/zshenv, or exported before zsh starts), it moves all of them. Set in ~/.zprofile, it
moves .zshrc only for login shells, so `zsh -i` and a new Linux terminal tab read the old
~/.zshrc; set in ~/.zshrc, it moves only .zlogin. The result is a configuration that depends
on how the shell was started. A file sourced from ~/.zshenv counts as ~/.zshenv, and setting
ZDOTDIR again to the value it already has is fine. Ignore it only if you really mean to switch
directories half-way through startup.)md",
    .bad_example = "export ZDOTDIR=\"$HOME/.config/zsh\"\n",
    .good_example = "export EDITOR=vim\n",
    .check = check,
};

}  // namespace rclint::rules
