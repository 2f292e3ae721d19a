// rules/profile_shadowed.cpp: ~/.profile (or ~/.bash_login) holds settings that a login bash
// never reads, because ~/.bash_profile comes first and does not source it.
#include <algorithm>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

// bash(1) INVOCATION: a login bash reads the first existing of these, and only that one.
constexpr std::string_view kLoginFiles[] = {".bash_profile", ".bash_login", ".profile"};

// The index in kLoginFiles of the file this login bash reads, or nullopt.
std::optional<size_t> chosen(const lint::Context& ctx) {
  const std::string& home = ctx.sources.options().home;
  for (const startup::LoadedFile& f : ctx.order.files) {
    if (f.depth != 0 || !ctx.is_user_file(f.file)) continue;
    for (size_t i = 0; i < std::size(kLoginFiles); ++i) {
      if (f.path == source::path::join(home, std::string(kLoginFiles[i]))) return i;
    }
  }
  return std::nullopt;
}

// The order reads `path`, or a file that is the same file through a link.
bool reads_file(const lint::Context& ctx, const std::string& path) {
  const source::FileSystem& fs = ctx.sources.file_system();
  std::string target = startup::resolve_links(path, &fs);
  return std::any_of(ctx.order.files.begin(), ctx.order.files.end(),
                     [&](const startup::LoadedFile& f) {
                       return f.path == path || startup::resolve_links(f.path, &fs) == target;
                     });
}

bool has_unresolved_source(const lint::Context& ctx) {
  return std::any_of(
      ctx.order.unresolved.begin(), ctx.order.unresolved.end(),
      [&](const startup::UnresolvedSource& u) { return ctx.is_user_file(u.site.file); });
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  const startup::Context& c = ctx.context();
  if (c.shell != startup::Shell::Bash || c.mode != startup::Mode::Login) return;
  std::optional<size_t> read = chosen(ctx);
  if (!read || has_unresolved_source(ctx)) return;
  const std::string& home = ctx.sources.options().home;
  std::string reader = fmt::format("~/{}", kLoginFiles[*read]);
  for (size_t i = *read + 1; i < std::size(kLoginFiles); ++i) {
    std::string path = source::path::join(home, std::string(kLoginFiles[i]));
    if (!ctx.sources.file_system().link_status(path).exists() || reads_file(ctx, path)) continue;
    const source::SourceFile* file = ctx.model.sources().load(path);
    if (file == nullptr) continue;
    const syntax::ParsedFile& parsed = ctx.model.parsed(*file, c.dialect());
    if (parsed.statements.empty()) continue;  // comments only: nothing is lost
    const syntax::Statement& first = parsed.statements.front();
    auto finding = out.report(*file, first.range,
                              "bash never reads {}: login shells read {} instead, which does "
                              "not source it",
                              file->shell_name(), reader);
    finding.note(
        "a login bash reads only the first existing of ~/.bash_profile, ~/.bash_login, "
        "~/.profile");
    if (kLoginFiles[i] == ".profile") {
      finding.note("sh (dash) and some display managers still read ~/.profile; bash does not");
    }
    finding.help("source it from {}: [ -f {} ] && . {} (or move its settings there)", reader,
                 file->shell_name(), file->shell_name());
  }
}

}  // namespace

extern constinit const lint::Rule profile_shadowed{
    .name = "profile-shadowed",
    .severity = Severity::Warning,
    .summary = "~/.profile holds settings that bash never reads",
    .rationale = R"md(A login bash reads only the first existing of ~/.bash_profile,
~/.bash_login and ~/.profile. Creating ~/.bash_profile (often by an installer appending one
line) silently shadows an existing ~/.profile: its PATH and variables vanish from every bash
login shell, while sh and display managers that read ~/.profile still see them, so the
environment differs between a terminal and a desktop session. ~/.bash_login behind
~/.bash_profile is never read at all. Source the shadowed file from the one bash reads
(`[ -f ~/.profile ] && . ~/.profile`), directly or through a file it sources. Ignore it when
the shadowed file is kept on purpose for other shells only.)md",
    .bad_example = "alias ll='ls -l'\n",
    .good_example = "[ -f ~/.profile ] && . ~/.profile\nalias ll='ls -l'\n",
    .example_file = ".bash_profile",
    .example_beside_file = ".profile",
    .example_beside_text = "export EDITOR=vim\n",
    .check = check,
};

}  // namespace rclint::rules
