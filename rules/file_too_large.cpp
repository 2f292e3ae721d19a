// rules/file_too_large.cpp: a startup file over the size limit, skipped.
#include "read_problem.h"

namespace rclint::rules {
namespace {

void check(const lint::Context& ctx, lint::Reporter& out) {
  report_read_problems(ctx, out, source::ReadProblemKind::TooLarge,
                       "set `max-file-size` in .rclint.toml if the file really is a script");
}

}  // namespace

extern constinit const lint::Rule file_too_large{
    .name = "file-too-large",
    .severity = Severity::Warning,
    .summary = "a startup file is over the size limit and was not analyzed",
    .rationale = R"md(Startup files are small; a file of several megabytes is usually a data file,
a log or a generated blob that ended up on a sourced path. rclint skips files over
`max-file-size` (2 MB by default) so that one stray file cannot make a pre-commit hook slow.
Raise the limit in `.rclint.toml` if the file is a real script.)md",
    .bad_example = "",
    .good_example = "export EDITOR=vim\n",
    .check = check,
};

}  // namespace rclint::rules
