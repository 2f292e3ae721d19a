// rules/go_build_env_global.cpp: GOOS, GOARCH, CGO_ENABLED or GOFLAGS exported by a startup
// file, so that every build in every project changes.
#include "lint/rule.h"
#include "simulation/go_env.h"

namespace rclint::rules {
namespace {

// What the setting does to every build, or "" when the variable is not one of ours.
std::string effect(const std::string& name, const std::string& value) {
  if (name == "GOOS") {
    return fmt::format("every `go build` and `go run` in every project targets GOOS={}", value);
  }
  if (name == "GOARCH") {
    return fmt::format("every `go build` and `go run` in every project targets GOARCH={}", value);
  }
  if (name == "CGO_ENABLED") {
    return fmt::format("every build in every project runs with CGO_ENABLED={}", value);
  }
  if (name == "GOFLAGS") {
    return fmt::format("every go command in every project runs with the flags '{}'", value);
  }
  return "";
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  for (const startup::AssignmentStep& step : ctx.order.trace.assignments) {
    const syntax::Assignment* a = step.syntax;
    if (a == nullptr || !a->has_value || !ctx.is_user_file(step.at.file) || !step.after) continue;
    if (effect(step.name, "").empty()) continue;  // not ours: not worth reading a long PATH
    if (ctx.has_syntax_error(step.at, step.range)) continue;  // the shell stops there
    std::optional<std::string> value = step.after->value.text();
    // Only what was written here: `GOFLAGS+=…` shows the whole value, `$(uname -m)` the code.
    std::string shown = value ? *value : std::string(a->value.without_outer_quotes());
    std::string what = effect(step.name, shown);
    if (what.empty() || !ctx.reaches_children(step)) continue;
    if (value && value->empty()) continue;  // `export GOFLAGS=`: go uses its defaults
    // An invalid GOFLAGS is go-env-invalid's (one finding per cause).
    if (value && simulation::go_setting_problem(step.name, *value)) continue;
    auto finding = out.report(*step.at.file, step.range, "{} is exported from a startup file: {}",
                              step.name, what);
    if (step.name == "GOOS" || step.name == "GOARCH") {
      finding.note(
          "binaries built for another platform fail to run here (\"exec format error\"), and "
          "`go test`/`go run` break");
    } else if (step.name == "CGO_ENABLED") {
      finding.note(
          "with cgo off, packages that bind C libraries (go-sqlite3 and the like) fail to "
          "build; with it on, binaries link against this machine's libc");
    }
    finding.help(
        "set {0} for the project that needs it (direnv's .envrc, its Makefile or build "
        "script, go.mod/go.work) or for one command: `{0}={1} go build`",
        step.name, a->value.raw);
  }
}

}  // namespace

extern constinit const lint::Rule go_build_env_global{
    .name = "go-build-env-global",
    .severity = Severity::Warning,
    .summary = "GOOS, GOARCH, CGO_ENABLED or GOFLAGS exported by a startup file",
    .rationale = R"md(These variables change what `go build` produces. Exported from a
startup file, they apply to every go command in every project, in every terminal and every
tool started from one: `GOOS=linux` makes each build silently cross-compile (the binary then
fails with "exec format error"), `CGO_ENABLED=0` breaks every package that binds a C
library, `GOFLAGS=-mod=vendor` breaks projects without a vendor directory. They belong to
the project that needs them: direnv's `.envrc`, a Makefile or build script, or one command
(`GOOS=linux go build`, which rclint does not flag). An invalid GOFLAGS value is reported by
go-env-invalid instead. Ignore this rule on a machine that builds a single project, or only
for one target.)md",
    .bad_example = "export GOOS=linux\n",
    .good_example = "build_linux() { GOOS=linux GOARCH=amd64 go build \"$@\"; }\n",
    .check = check,
};

}  // namespace rclint::rules
