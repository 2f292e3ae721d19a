// rules/bash_profile_skips_bashrc.cpp: the file a login bash reads does not load ~/.bashrc.
#include <algorithm>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

// The file bash reads in a login shell when it is ~/.bash_profile or ~/.bash_login
// (startup-order.md §4: the first existing of those and ~/.profile). ~/.profile is sh's file
// too, and Debian's skeleton one sources ~/.bashrc under bash: it is not this rule's case.
const startup::LoadedFile* login_file(const lint::Context& ctx) {
  const std::string& home = ctx.sources.options().home;
  for (const startup::LoadedFile& f : ctx.order.files) {
    if (f.depth != 0 || !ctx.is_user_file(f.file)) continue;
    if (f.path == source::path::join(home, ".bash_profile") ||
        f.path == source::path::join(home, ".bash_login")) {
      return &f;
    }
  }
  return nullptr;
}

// A file of the order is ~/.bashrc itself or a link to it.
bool reads_file(const lint::Context& ctx, const std::string& path) {
  const source::FileSystem& fs = ctx.sources.file_system();
  std::string target = startup::resolve_links(path, &fs);
  return std::any_of(ctx.order.files.begin(), ctx.order.files.end(),
                     [&](const startup::LoadedFile& f) {
                       return f.path == path || startup::resolve_links(f.path, &fs) == target;
                     });
}

// Whether ~/.bashrc holds anything to miss (not just comments).
bool has_statements(const lint::Context& ctx, const std::string& path) {
  const source::SourceFile* file = ctx.model.sources().load(path);
  if (file == nullptr) return false;
  return !ctx.model.parsed(*file, ctx.context().dialect()).statements.empty();
}

// Whether a user file has a `source` rclint could not follow: it might load ~/.bashrc.
bool has_unresolved_source(const lint::Context& ctx) {
  return std::any_of(
      ctx.order.unresolved.begin(), ctx.order.unresolved.end(),
      [&](const startup::UnresolvedSource& u) { return ctx.is_user_file(u.site.file); });
}

// The reverse design: ~/.bashrc sources the login file (mathiasbynens/dotfiles:
// `[ -n "$PS1" ] && source ~/.bash_profile`). Sourcing ~/.bashrc back would make a loop.
bool bashrc_loads(const lint::Context& ctx, const std::string& bashrc, const std::string& path) {
  const startup::LoadOrder& interactive =
      ctx.order_of(startup::Shell::Bash, startup::Mode::Interactive);
  return std::any_of(interactive.files.begin(), interactive.files.end(),
                     [&](const startup::LoadedFile& f) {
                       return f.path == path && f.sourced_from && f.sourced_from->file &&
                              f.sourced_from->file->path() == bashrc;
                     });
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  const startup::Context& c = ctx.context();
  if (c.shell != startup::Shell::Bash || c.mode != startup::Mode::Login) return;
  const startup::LoadedFile* profile = login_file(ctx);
  if (profile == nullptr) return;
  std::string bashrc = source::path::join(ctx.sources.options().home, ".bashrc");
  if (!ctx.sources.file_system().link_status(bashrc).exists()) return;
  if (reads_file(ctx, bashrc) || has_unresolved_source(ctx)) return;
  if (!has_statements(ctx, bashrc) || bashrc_loads(ctx, bashrc, profile->path)) return;
  const source::SourceFile& file = *profile->file;
  std::string_view text = file.text();
  source::Range first_line{0, static_cast<uint32_t>(file.line_text(1).size())};
  std::string line = "[ -f ~/.bashrc ] && . ~/.bashrc\n";
  if (!text.empty() && text.back() != '\n') line = "\n" + line;
  auto end = static_cast<uint32_t>(text.size());
  out.report(file, first_line,
             "{} does not load ~/.bashrc: login shells miss its aliases, functions and PATH",
             file.shell_name())
      .note(
          "a login bash (`bash -l`, `ssh host`, every macOS Terminal tab) reads {} and never "
          "~/.bashrc by itself",
          file.shell_name())
      .help("source it at the end of {}: [ -f ~/.bashrc ] && . ~/.bashrc", file.shell_name())
      .fix(file, {end, end}, line);
}

}  // namespace

extern constinit const lint::Rule bash_profile_skips_bashrc{
    .name = "bash-profile-skips-bashrc",
    .severity = Severity::Warning,
    .summary = "~/.bash_profile does not source ~/.bashrc",
    .rationale = R"md(A login bash reads ~/.bash_profile (or ~/.bash_login when it is the first
that exists) and never ~/.bashrc by itself; an interactive non-login bash reads only ~/.bashrc.
Login shells are common: `ssh host`, `bash -l`, tmux windows, and every macOS Terminal tab. If
~/.bash_profile does not source ~/.bashrc, directly or through a file it sources, the aliases,
functions, prompt and PATH from ~/.bashrc are missing there. The usual fix is the last line
`[ -f ~/.bashrc ] && . ~/.bashrc`. A ~/.bashrc with nothing but comments is not flagged. Ignore
it when ~/.bash_profile deliberately repeats what it needs.)md",
    .bad_example = "export EDITOR=vim\n",
    .good_example = "export EDITOR=vim\n. ~/.bashrc\n",
    .example_file = ".bash_profile",
    .example_beside_file = ".bashrc",
    .example_beside_text = "alias ll='ls -l'\n",
    .check = check,
};

}  // namespace rclint::rules
