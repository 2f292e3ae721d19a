// rules/goroot_missing.cpp: GOROOT names no usable go installation (audit).
#include "lint/rule.h"
#include "simulation/running_go.h"

namespace rclint::rules {
namespace {

void check(const lint::Context& ctx, lint::Reporter& out) {
  if (ctx.disk == nullptr) return;
  const startup::Variable* goroot = ctx.environment().find("GOROOT");
  if (goroot == nullptr || !goroot->exported) return;  // unexported: go never sees it
  std::optional<std::string> value = goroot->value.text();
  if (!value || value->empty()) return;  // unknown, or empty: go reads it as unset
  const startup::AssignmentStep* step = ctx.order.trace.assignment_at("GOROOT", goroot->set_at);
  if (step == nullptr || !ctx.is_audited_file(step->at.file)) return;
  if (ctx.has_syntax_error(step->at, step->range)) return;
  if ((*value)[0] != '/') return;  // relative: the working directory's, not a fact of the disk
  std::optional<simulation::GoRootProblem> problem = simulation::goroot_problem(*value, *ctx.disk);
  if (!problem) return;
  auto finding =
      problem->what.starts_with("is ") || problem->what.starts_with("has ") ||
              problem->what.starts_with("does not exist")
          ? out.report(*step->at.file, step->range, "GOROOT '{}' {}", *value, problem->what)
          : out.report(*step->at.file, step->range, "GOROOT '{}' does not exist: {}", *value,
                       problem->what);
  finding.note("{}", problem->consequence);
  const startup::Variable* path = ctx.environment().find("PATH");
  if (path != nullptr) {
    simulation::RunningGo running =
        simulation::running_go(path->value, *ctx.disk, ctx.known.go_installs(),
                               ctx.context().platform, ctx.sources.options().home);
    if (running.kind == simulation::RunningGo::Kind::Found) {
      finding.note(
          "in {}, the go on PATH is {}{}", ctx.context().name(), running.go.describe(),
          running.go.root.empty()
              ? ""
              : fmt::format(", which finds its own root {} when GOROOT is unset", running.go.root));
    }
  }
  finding.help("remove the line: go finds its own root; or point GOROOT at an installed go");
}

}  // namespace

extern constinit const lint::Rule goroot_missing{
    .name = "goroot-missing",
    .severity = Severity::Error,
    .summary = "GOROOT names no go installation on this machine",
    .rationale = R"md(The go command takes its compiler, tools and standard library from GOROOT
when it is set. If that directory is gone, every go command fails at once ("go: cannot find
GOROOT directory"); if it lacks `src/runtime`, every build fails ("package fmt is not in
GOROOT"); if it lacks `bin/go`, it is no go installation, and tools that run
`$GOROOT/bin/go` (gopls, IDEs) fail. This is the usual end of a pinned GOROOT: the tarball
was replaced by Homebrew, the Cellar version was cleaned up, /usr/local/go became a symlink
to a deleted version (the finding says which link broke). Removing the line is the fix in
almost every case, since go finds its own root from where its binary is. rclint looks only
when it audits the machine or with `--fs`; a GOROOT that is not exported is `not-exported`'s
case.)md",
    .bad_example = "# fixture: fs=on\nexport GOROOT=/usr/local/go\n",
    .good_example =
        "# fixture: fs=on paths=/usr/local/go/bin/go*,/usr/local/go/src/runtime/,"
        "/home/user/go/bin/\n"
        "export PATH=\"/usr/local/go/bin:$PATH:$HOME/go/bin\"\n",
    .example_file = ".zprofile",
    .check = check,
};

}  // namespace rclint::rules
