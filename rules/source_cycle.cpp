// rules/source_cycle.cpp: startup files that source each other in a loop.
#include "lint/rule.h"

namespace rclint::rules {
namespace {

void check(const lint::Context& ctx, lint::Reporter& out) {
  for (const startup::SourceCycle& cycle : ctx.order.cycles) {
    if (cycle.chain.empty() || cycle.chain.back().file == nullptr) continue;
    const startup::SourceSite& closing = cycle.chain.back();
    std::string reentered = ctx.sources.shell_name(cycle.reentered);
    auto finding = out.report(*closing.file, closing.range,
                              "{} sources {} again, which is still being read: the files source "
                              "each other in a loop",
                              closing.file->shell_name(), reentered);
    for (size_t i = 0; i + 1 < cycle.chain.size(); ++i) {
      const startup::SourceSite& site = cycle.chain[i];
      if (site.file != nullptr)
        finding.note_at(*site.file, site.range, "the loop goes through here");
    }
    finding
        .note(
            "bash recurses until it crashes (about 6,400 levels); zsh stops at 1,000 with "
            "\"job table full or recursion limit exceeded\"")
        .help(
            "remove one of the `source` lines, or guard it: "
            "[ -z \"$MY_RC_LOADED\" ] && MY_RC_LOADED=1 && . FILE");
  }
}

}  // namespace

extern constinit const lint::Rule source_cycle{
    .name = "source-cycle",
    .severity = Severity::Error,
    .summary = "startup files source each other in a loop",
    .rationale = R"md(When ~/.bashrc sources ~/.bash_profile and ~/.bash_profile sources ~/.bashrc,
every shell start recurses: bash until it crashes with a segmentation fault after about 6,400
nested sources, zsh until its recursion limit of 1,000, printing an error at each new shell.
It usually comes from copying "source your bashrc" snippets into both files. rclint never follows
the loop; it reports the `source` that closes it. A loop broken by a guard variable that rclint
cannot see through may be ignored with `# rclint disable=source-cycle`.)md",
    .bad_example = "source ~/.zshrc\n",
    .good_example = "source ~/.zsh/aliases.zsh\n",
    .check = check,
};

}  // namespace rclint::rules
