// rules/binary_file.cpp: NUL bytes in a startup file.
#include "read_problem.h"

namespace rclint::rules {
namespace {

void check(const lint::Context& ctx, lint::Reporter& out) {
  report_read_problems(ctx, out, source::ReadProblemKind::Binary,
                       "restore the script from version control, or stop sourcing this file");
}

}  // namespace

extern constinit const lint::Rule binary_file{
    .name = "binary-file",
    .severity = Severity::Error,
    .summary = "a startup file holds NUL bytes: it is binary, not a script",
    .rationale = R"md(Shells cannot run a file with NUL bytes: bash stops with "cannot execute
binary file", zsh reads garbage. A binary at a startup path is usually a corrupted file, a
compiled `.zwc` copied over its source, or a mistaken symlink. rclint skips it.)md",
    .bad_example = std::string_view("export A=1\n\0\x01\x02\n", 15),
    .good_example = "export EDITOR=vim\n",
    .check = check,
};

}  // namespace rclint::rules
