// rules/source_cycle.cpp: startup files that source each other in a loop.
#include <algorithm>
#include <tuple>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

// The same loop is closed at a different `source` line depending on which file a context
// reads first; report it once, at the loop's first `source` line in file order, so that every
// context gives the same finding (and the findings merge).
size_t canonical_site(const std::vector<startup::SourceSite>& chain) {
  size_t best = 0;
  for (size_t i = 1; i < chain.size(); ++i) {
    if (std::tie(chain[i].file->path(), chain[i].range.begin) <
        std::tie(chain[best].file->path(), chain[best].range.begin)) {
      best = i;
    }
  }
  return best;
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  for (const startup::SourceCycle& cycle : ctx.order.cycles) {
    bool complete = !cycle.chain.empty() &&
                    std::all_of(cycle.chain.begin(), cycle.chain.end(),
                                [](const startup::SourceSite& s) { return s.file != nullptr; });
    if (!complete) continue;
    size_t first = canonical_site(cycle.chain);
    const startup::SourceSite& at = cycle.chain[first];
    // The loop's files in order, starting where it is reported: each sources the next.
    std::string loop;
    for (size_t k = 0; k <= cycle.chain.size(); ++k) {
      const startup::SourceSite& site = cycle.chain[(first + k) % cycle.chain.size()];
      loop += (k == 0 ? "" : " -> ") + site.file->shell_name();
    }
    auto finding =
        out.report(*at.file, at.range, "startup files source each other in a loop: {}", loop);
    for (size_t k = 1; k < cycle.chain.size(); ++k) {
      const startup::SourceSite& site = cycle.chain[(first + k) % cycle.chain.size()];
      finding.note_at(*site.file, site.range, "the loop goes on here");
    }
    finding
        .note(
            "bash recurses until it crashes (about 6,400 levels); zsh stops at 1,000 with "
            "\"job table full or recursion limit exceeded\"")
        .help(
            "remove one of the `source` lines, or guard the file: "
            "[ -n \"$MY_RC_LOADED\" ] && return; MY_RC_LOADED=1");
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
