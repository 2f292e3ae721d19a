// rules/path_missing_dir.cpp: a PATH entry that is not an existing directory (audit).
#include <set>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

void check(const lint::Context& ctx, lint::Reporter& out) {
  if (ctx.disk == nullptr) return;
  const startup::Variable* path = ctx.environment().find("PATH");
  if (path == nullptr) return;
  std::set<std::pair<const startup::AssignmentStep*, std::string>> reported;
  for (const startup::Value& entry : path->value.split(':')) {
    std::optional<std::string> dir = entry.text();
    // Unknown, empty and relative entries are path-empty-entry's; `~` is path-tilde-in-quotes'.
    if (!dir || dir->empty() || (*dir)[0] != '/' || entry.pieces().empty()) continue;
    const startup::Origin& origin = entry.pieces().front().origin;
    // A system file's entries count where its own text writes them, not path_helper's data.
    if (!ctx.is_user_file(origin.file) &&
        (!ctx.is_audited_file(origin.file) || !origin.note.empty())) {
      continue;
    }
    const startup::AssignmentStep* step = ctx.order.trace.assignment_around("PATH", origin);
    if (step == nullptr || !reported.insert({step, *dir}).second) continue;
    if (ctx.has_syntax_error(step->at, step->range)) continue;
    if (ctx.disk->is_directory(*dir)) continue;
    const source::FileStatus& status = ctx.disk->status(*dir);
    if (!status.exists() && !ctx.disk->is_missing(*dir)) continue;  // "Permission denied"
    std::string why = ctx.disk->why_not_directory(*dir);
    std::string shown = ctx.sources.shell_name(*dir);
    auto finding = why.starts_with("is ") || why.starts_with("does not exist")
                       ? out.report(*step->at.file, step->range, "PATH entry '{}' {}", shown, why)
                       : out.report(*step->at.file, step->range,
                                    "PATH entry '{}' does not exist: {}", shown, why);
    if (!origin.note.empty()) finding.note("'{}' is added by {}", shown, origin.note);
    finding.help(
        "remove the entry, or add it only where it exists: [ -d \"{}\" ] && PATH=\"{}:$PATH\"",
        *dir, *dir);
  }
}

}  // namespace

extern constinit const lint::Rule path_missing_dir{
    .name = "path-missing-dir",
    .severity = Severity::Info,
    .summary = "a PATH entry is not an existing directory",
    .rationale = R"md(Every command the shell runs that is not a builtin or a function is looked
up along PATH, entry by entry. An entry that does not exist costs a failed lookup on every
command, and it is usually the trace of something uninstalled: a Go tarball removed from
/usr/local/go, a Homebrew prefix on a machine that has none, a version-manager directory
left behind. When it is a symlink whose target is gone (/usr/local/go → a deleted version),
the finding says which link broke. Only entries that a file of the home adds are reported,
and only when rclint looks at the disk (`rclint` with no `--home`, or `--fs`). A test that
the shell decides from the disk (`[ -d ~/bin ] && PATH=~/bin:$PATH`) is decided the same way,
so a guarded entry is never reported. Ignore the finding for a directory that is mounted
later (a network home) or that a tool creates on first use.)md",
    .bad_example = "# fixture: fs=on\nexport PATH=\"/usr/local/go/bin:$PATH\"\n",
    .good_example =
        "# fixture: fs=on\n[ -d /usr/local/go/bin ] && export PATH=\"/usr/local/go/bin:$PATH\"\n",
    .example_file = ".zshrc",
    .check = check,
};

}  // namespace rclint::rules
