// rules/go_env_file_conflict.cpp: a Go variable set by the shell and in the `go env -w` file.
#include "lint/rule.h"
#include "simulation/go_env_file.h"

namespace rclint::rules {
namespace {

void check(const lint::Context& ctx, lint::Reporter& out) {
  if (ctx.disk == nullptr) return;
  simulation::GoEnvFile env_file =
      simulation::read_go_env_file(ctx.environment(), ctx.context().platform, *ctx.disk);
  if (env_file.file == nullptr) return;
  const std::string shown = env_file.file->shell_name();
  for (const simulation::GoEnvFileSetting& setting : env_file.settings) {
    const startup::Variable* variable = ctx.environment().find(setting.name);
    if (variable == nullptr || !variable->exported) continue;  // go takes the file's value
    const startup::AssignmentStep* step =
        ctx.order.trace.assignment_at(setting.name, variable->set_at);
    if (step == nullptr || !ctx.is_user_file(step->at.file)) continue;
    if (ctx.has_syntax_error(step->at, step->range)) continue;
    std::optional<std::string> value = variable->value.text();
    bool same = value && *value == setting.value && !variable->maybe_unset;
    auto finding =
        out.report_as(same ? Severity::Info : Severity::Warning, *step->at.file, step->range,
                      "{} is exported here and also set in {}", setting.name, shown);
    finding.note_at(*env_file.file, setting.line, "the go env file ({}) sets {}={}",
                    env_file.location.why, setting.name, setting.value);
    if (same) {
      finding.note(
          "both give '{}' today; a later `go env -w {}=…` changes nothing where the "
          "shell exports it",
          setting.value, setting.name);
    } else {
      finding.note("in {}, go uses '{}' from the shell, never '{}' from the file",
                   ctx.context().name(), value ? *value : variable->value.render(), setting.value);
    }
    finding.help("keep one: remove this line, or run `go env -u {}` to drop the file's",
                 setting.name);
  }
}

}  // namespace

extern constinit const lint::Rule go_env_file_conflict{
    .name = "go-env-file-conflict",
    .severity = Severity::Warning,
    .summary = "a Go variable is set both by the shell and in the `go env -w` file",
    .rationale = R"md(`go env -w NAME=VALUE` writes to a file of its own (`$GOENV`, else
`~/.config/go/env` on Linux, honouring `$XDG_CONFIG_HOME`, and `~/Library/Application
Support/go/env` on macOS). The go command reads it only for variables the environment does
not set, so when a startup file exports the same variable, the shell wins without a word:
`go env -w GOPROXY=…` seems to do nothing, and the value in the file is dead but misleading.
rclint reads the file a go started from each context would read (after the shell's own
GOENV or XDG_CONFIG_HOME), as go reads it, and reports each exported variable it also sets.
When both give the same value the finding is informational. The file's values are checked
by `go-env-invalid` as well. rclint looks only when it audits the machine or with `--fs`.
Ignore the finding when the shell's value is meant to override the file in some contexts
only.)md",
    .bad_example = "# fixture: fs=on\nexport GOPATH=\"$HOME/go\"\n",
    .good_example =
        "# fixture: fs=on paths=/home/user/work/go/bin/\n"
        "# GOPATH comes from the go env file\n"
        "export PATH=\"$PATH:$HOME/work/go/bin\"\n",
    .example_file = ".zprofile",
    .example_beside_file = ".config/go/env",
    .example_beside_text = "GOPATH=/home/user/work/go\n",
    .check = check,
};

}  // namespace rclint::rules
