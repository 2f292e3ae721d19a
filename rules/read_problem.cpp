#include "read_problem.h"

#include <algorithm>

namespace rclint::rules {

void report_read_problems(const lint::Context& ctx, lint::Reporter& out,
                          source::ReadProblemKind kind, std::string_view help) {
  for (const source::ReadProblem& problem : ctx.sources.problems()) {
    if (problem.kind != kind) continue;
    auto loaded =
        std::find_if(ctx.order.files.begin(), ctx.order.files.end(),
                     [&](const startup::LoadedFile& f) { return f.path == problem.path; });
    if (loaded == ctx.order.files.end()) continue;
    // A sourced dangling link, where rclint looks at the disk, is source-missing's.
    if (loaded->sourced_from && ctx.disk != nullptr && ctx.disk->is_missing(problem.path)) continue;
    auto finding = out.report_at(problem.where, problem.message);
    if (loaded->sourced_from && loaded->sourced_from->file != nullptr) {
      finding.note_at(*loaded->sourced_from->file, loaded->sourced_from->range,
                      "{} is sourced here", problem.shell_name);
    }
    if (!help.empty()) finding.help("{}", help);
  }
}

}  // namespace rclint::rules
