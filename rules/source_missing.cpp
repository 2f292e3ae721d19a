// rules/source_missing.cpp: a sourced file that does not exist, unguarded (audit).
#include <set>
#include <vector>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

bool has_glob(std::string_view p) { return p.find_first_of("*?[") != std::string_view::npos; }

// What the shell of this context does at that line.
std::string consequence(const lint::Context& ctx, const std::string& shown) {
  switch (ctx.context().shell) {
    case startup::Shell::Bash:
      return fmt::format("bash prints \"{}: No such file or directory\" and goes on", shown);
    case startup::Shell::Zsh:
      return fmt::format("zsh prints \"no such file or directory: {}\" and goes on", shown);
    case startup::Shell::Sh:
      return "dash stops reading the file there (`.` is a special builtin), and a "
             "non-interactive `sh -l -c` exits";
  }
  return "";
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  if (ctx.disk == nullptr) return;
  std::set<std::pair<const source::SourceFile*, uint32_t>> reported;
  std::vector<startup::MissingSource> all = ctx.order.missing;
  // A dangling symlink (or a loop) is there, but it opens nothing: as missing to the shell.
  for (const startup::LoadedFile& loaded : ctx.order.files) {
    if (loaded.file != nullptr || !loaded.sourced_from || !ctx.disk->is_missing(loaded.path)) {
      continue;
    }
    all.push_back({*loaded.sourced_from, loaded.path, loaded.conditional});
  }
  for (const startup::MissingSource& missing : all) {
    // Behind a test rclint could not decide: `[ -f X ] && . X` is the right way to do it.
    if (missing.guarded || !ctx.is_audited_file(missing.site.file)) continue;
    if (!reported.insert({missing.site.file, missing.site.range.begin}).second) continue;
    // "Permission denied" on a parent says nothing about the file.
    if (!ctx.disk->is_missing(missing.path)) continue;
    std::string shown = ctx.sources.shell_name(missing.path);
    std::string why = ctx.disk->why_missing(missing.path);
    auto finding =
        has_glob(missing.path)
            ? out.report(*missing.site.file, missing.site.range,
                         "'{}' matches no file, so the shell sources that name as it is, and it "
                         "does not exist",
                         shown)
        : why.starts_with("does not exist")
            ? out.report(*missing.site.file, missing.site.range, "sourced file '{}' {}", shown, why)
            : out.report(*missing.site.file, missing.site.range,
                         "sourced file '{}' does not exist: {}", shown, why);
    finding.note("in {}, {}", ctx.context().name(), consequence(ctx, shown))
        .help(
            "create the file, remove the line, or source it only if it is there: "
            "[ -f {} ] && . {}",
            shown, shown);
  }
}

}  // namespace

extern constinit const lint::Rule source_missing{
    .name = "source-missing",
    .severity = Severity::Warning,
    .summary = "a sourced file does not exist",
    .rationale = R"md(`source FILE` (or `. FILE`) of a file that is not there is an error at
every shell start: bash and zsh print it and go on without what the file held (aliases, PATH,
a version manager), dash abandons the rest of the file, since `.` is a special builtin, and a
non-interactive `sh -l -c` exits altogether. It is usually the trace of something removed:
~/.cargo/env after uninstalling Rust, an nvm or Oh My Zsh directory deleted, a file of
another machine's dotfiles. A `source` behind an existence test (`[ -f ~/.x ] && . ~/.x`)
is decided from the disk: it does not run, so it is never reported, and neither is a
`source X 2>/dev/null` in bash or zsh (dash still stops there). A glob that matches
nothing is sourced as the literal pattern, which is reported too. rclint looks only when it
audits the machine (`rclint` with no `--home`) or with `--fs`. Ignore the finding for a file
that something creates before the shell starts (a mounted home).)md",
    .bad_example = "# fixture: fs=on\nsource ~/.aliases\n",
    .good_example = "# fixture: fs=on\n[ -f ~/.aliases ] && source ~/.aliases\n",
    .example_file = ".zshrc",
    .check = check,
};

}  // namespace rclint::rules
