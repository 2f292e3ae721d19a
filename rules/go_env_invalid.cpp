// rules/go_env_invalid.cpp: a Go setting whose value the go command rejects or misreads.
#include "lint/rule.h"
#include "simulation/go_env.h"
#include "simulation/go_env_file.h"

namespace rclint::rules {
namespace {

// What to write instead, per setting.
std::string_view help_for(std::string_view name) {
  if (name == "GOPROXY") {
    return "list proxy URLs separated by `,` (or `|`), ending in `direct` or `off`: "
           "GOPROXY=https://proxy.golang.org,direct";
  }
  if (name == "GO111MODULE") return "remove the line: modules are the default since Go 1.16";
  if (name == "GOTOOLCHAIN") {
    return "use `local`, `auto`, `path` or a toolchain name, optionally with +auto or +path: "
           "GOTOOLCHAIN=go1.22.1+auto";
  }
  if (name == "GOFLAGS") {
    return "join each flag with its value by `=`: GOFLAGS=\"-mod=mod -trimpath\"";
  }
  return "list module path patterns separated by commas, without spaces or URL schemes: "
         "GOPRIVATE=github.com/corp/*,gitlab.corp.com";
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  for (const startup::AssignmentStep& step : ctx.order.trace.assignments) {
    const syntax::Assignment* a = step.syntax;
    if (a == nullptr || !a->has_value || !simulation::is_checked_go_setting(step.name)) continue;
    if (!ctx.is_user_file(step.at.file) || !step.after) continue;
    if (ctx.has_syntax_error(step.at, step.range)) continue;  // the shell stops there
    // Only a value rclint knows whole can be judged: `GOPROXY=$(corp-proxy)` may be fine.
    std::optional<std::string> value = step.after->value.text();
    if (!value) continue;
    std::optional<std::string> problem = simulation::go_setting_problem(step.name, *value);
    if (!problem) continue;
    out.report(*step.at.file, step.range, "{} is '{}': {}", step.name, *value, *problem)
        .help("{}", help_for(step.name));
  }
  // The `go env -w` file that a go started here reads (audit only: it is on the disk).
  if (ctx.disk == nullptr) return;
  simulation::GoEnvFile env_file =
      simulation::read_go_env_file(ctx.environment(), ctx.context().platform, *ctx.disk);
  if (env_file.file == nullptr) return;
  for (const simulation::GoEnvFileSetting& setting : env_file.settings) {
    std::optional<std::string> problem =
        simulation::go_setting_problem(setting.name, setting.value);
    if (!problem) continue;
    out.report(*env_file.file, setting.line, "{} is '{}' in the go env file: {}", setting.name,
               setting.value, *problem)
        .help("`go env -w {}=…` with a valid value, or `go env -u {}`; {}", setting.name,
              setting.name, help_for(setting.name));
  }
}

}  // namespace

extern constinit const lint::Rule go_env_invalid{
    .name = "go-env-invalid",
    .severity = Severity::Error,
    .summary = "a Go setting has a value the go command rejects or misreads",
    .rationale = R"md(The go command reads its settings from the environment and checks some of
them only when it needs them: a bad `GOPROXY` fails the first download ("invalid proxy URL
missing scheme"), a bad `GO111MODULE` or `GOFLAGS` stops every go command ("unknown
environment setting", "parsing $GOFLAGS: non-flag"), a bad `GOTOOLCHAIN` stops every go
command since Go 1.21. `GOPRIVATE`, `GONOPROXY` and `GONOSUMDB` are never rejected, only
misread: a pattern with a URL scheme or a space never matches, so private modules go to the
public proxy and checksum database.

rclint checks what go checks, on values it knows exactly: GOPROXY is a `,`/`|` list of
http(s) or file URLs (a bare host gets `https://`), `direct` and `off` (spaces around the
elements are trimmed, and go reads no further than `direct` or `off`); GO111MODULE is
`on`, `off` or `auto`; GOTOOLCHAIN is `local`, `auto`, `path` or `goX.Y[.Z]` (`go1.21rc1`),
optionally with `+auto` or `+path`; GOFLAGS is space-separated `-flag` or `-flag=value`
words; the private-module lists are comma-separated path globs. An empty value is fine:
go uses its default. Where rclint looks at the disk (an audit, or `--fs`), the `go env -w`
file is checked the same way, since go reads its values where the shell sets none. Ignore
the finding only for a go fork that accepts more.)md",
    .bad_example = "export GOPROXY=goproxy,direct\n",
    .good_example = "export GOPROXY=\"https://proxy.golang.org, direct\"\n",
    .example_file = ".zshenv",
    .check = check,
};

}  // namespace rclint::rules
