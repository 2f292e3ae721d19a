// rules/bad_suppression.cpp: a `# rclint disable=` comment that names no rule.
#include "lint/rule.h"

namespace rclint::rules {

// Reported by diagnostics/suppression.cpp, which reads the directives while it applies them;
// this entry gives the finding its metadata, `explain` text and severity.
extern constinit const lint::Rule bad_suppression{
    .name = "bad-suppression",
    .severity = Severity::Warning,
    .summary = "a suppression comment names a rule that does not exist",
    .rationale = R"md(A misspelled rule name in `# rclint disable=…` suppresses nothing, so the
finding it was meant to hide still shows, or worse, a later real finding is not hidden where the
author expected. rclint suggests the closest rule name.)md",
    .bad_example = "export PATH=/opt/go/bin  # rclint disable=path-overwrit\n",
    .good_example = "export PATH=\"/opt/go/bin:$PATH\"\n",
    .example_file = ".zprofile",  // ~/.zshrc: env-interactive-only, path-duplicate-entry
    .check = nullptr,
};

}  // namespace rclint::rules
