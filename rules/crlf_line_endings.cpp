// rules/crlf_line_endings.cpp: Windows line endings in a startup file.
#include "read_problem.h"

namespace rclint::rules {
namespace {

void check(const lint::Context& ctx, lint::Reporter& out) {
  report_read_problems(ctx, out, source::ReadProblemKind::CrlfLineEndings,
                       "convert the file to LF endings (`dos2unix FILE`, or "
                       "`git config core.autocrlf input` and check it out again)");
}

}  // namespace

extern constinit const lint::Rule crlf_line_endings{
    .name = "crlf-line-endings",
    .severity = Severity::Error,
    .summary = "a startup file has Windows (CRLF) line endings",
    .rationale = R"md(bash, zsh and dash treat `\r` as an ordinary character: `export
PATH=/opt/go/bin:$PATH` followed by CRLF puts a directory ending in `\r` in PATH, `fi\r` is not
`fi` (syntax error), and `then\r` is a command that does not exist. It happens when dotfiles are
edited on Windows or checked out with `core.autocrlf=true`.)md",
    .bad_example = "export EDITOR=vim\r\nexport PAGER=less\r\n",
    .good_example = "export EDITOR=vim\n",
    .check = check,
};

}  // namespace rclint::rules
