// rules/parse_error.cpp: a syntax error in a file a shell reads, judged by that shell.
#include <algorithm>
#include <set>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

bool zsh_parses(const lint::Context& ctx, const source::SourceFile& file) {
  const syntax::ParsedFile& parsed = ctx.model.parsed(file, syntax::Dialect::Zsh);
  return std::none_of(parsed.errors.begin(), parsed.errors.end(),
                      [](const syntax::SyntaxError& e) { return !e.analysis_limit; });
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  std::string_view shell = startup::to_string(ctx.context().shell);
  std::set<const source::SourceFile*> seen;  // a file sourced twice is one file
  for (const startup::LoadedFile& loaded : ctx.order.files) {
    if (loaded.parsed == nullptr || !seen.insert(loaded.file).second) continue;
    // Files parsed as zsh went through the zsh mask: zsh-only syntax is not an error there.
    // A user file bash or sh cannot parse but zsh can holds zsh syntax: wrong-shell-syntax.
    if (ctx.context().shell != startup::Shell::Zsh && ctx.is_user_file(loaded.file) &&
        !loaded.parsed->errors.empty() && zsh_parses(ctx, *loaded.file)) {
      continue;
    }
    for (const syntax::SyntaxError& error : loaded.parsed->errors) {
      if (error.analysis_limit) continue;  // rclint's limit, not a syntax error
      out.report(*loaded.file, error.range, "{} cannot parse this: {}", shell, error.message)
          .help("check `{} -n {}` for the shell's own message", shell, loaded.file->display());
    }
  }
}

}  // namespace

extern constinit const lint::Rule parse_error{
    .name = "parse-error",
    .severity = Severity::Error,
    .summary = "a syntax error in a file a shell reads",
    .rationale = R"md(A syntax error stops the shell from reading the rest of the file (bash and
dash report it and skip to the next file; zsh stops the file), so everything below it, PATH
included, is silently missing. Judged by the shell that reads the file: zsh-only syntax in a file
only zsh reads is not an error, and zsh syntax in a file bash reads is `wrong-shell-syntax`.)md",
    .bad_example = "if [ -d \"$HOME/bin\" ]; then\n  PATH=\"$HOME/bin:$PATH\"\n",
    .good_example = "if [ -d \"$HOME/bin\" ]; then\n  PATH=\"$HOME/bin:$PATH\"\nfi\n",
    .example_file = ".bashrc",
    .check = check,
};

}  // namespace rclint::rules
