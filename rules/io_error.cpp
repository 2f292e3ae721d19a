// rules/io_error.cpp: a startup file the shell will try to read, but rclint cannot.
#include "read_problem.h"

namespace rclint::rules {
namespace {

void check(const lint::Context& ctx, lint::Reporter& out) {
  report_read_problems(ctx, out, source::ReadProblemKind::Unreadable,
                       "fix the file's permissions or the link, or remove it");
}

}  // namespace

extern constinit const lint::Rule io_error{
    .name = "io-error",
    .severity = Severity::Error,
    .summary = "a startup file exists but cannot be read",
    .rationale = R"md(A startup file that is a dangling symlink, a symlink loop, a directory or
unreadable makes the shell print an error at every start (or silently skip what it should have
set), and rclint cannot check it. A common cause is a dotfiles manager whose link target moved.
rclint exits with status 2 when it reports this, as for any I/O error. Ignore it only for a file
that is unreadable on purpose.)md",
    .bad_example = "",
    .good_example = "export EDITOR=vim\n",
    .check = check,
};

}  // namespace rclint::rules
