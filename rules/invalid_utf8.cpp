// rules/invalid_utf8.cpp: bytes that are not UTF-8.
#include "read_problem.h"

namespace rclint::rules {
namespace {

void check(const lint::Context& ctx, lint::Reporter& out) {
  report_read_problems(ctx, out, source::ReadProblemKind::InvalidUtf8,
                       "re-save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)");
}

}  // namespace

extern constinit const lint::Rule invalid_utf8{
    .name = "invalid-utf8",
    .severity = Severity::Warning,
    .summary = "a startup file is not valid UTF-8",
    .rationale = R"md(Shells do not care about encodings, but prompts, aliases and paths with
non-ASCII characters then show as garbage in a UTF-8 terminal, and editors may rewrite the file
in another encoding. rclint analyzes the file anyway. Ignore it for a file that is Latin-1 on
purpose.)md",
    .bad_example = "export GREETING=\"h\xe9llo\"\n",
    .good_example = "export GREETING=\"héllo\"\n",
    .check = check,
};

}  // namespace rclint::rules
