// rules/gobin_not_on_path.cpp: the directory `go install` writes to is not on PATH.
#include "lint/rule.h"
#include "simulation/go_env_file.h"

namespace rclint::rules {
namespace {

enum class From { Gobin, Gopath, Default };

// The user's assignment that gave `name` its final value.
const startup::AssignmentStep* user_assignment(const lint::Context& ctx, const std::string& name) {
  const startup::Variable* final = ctx.environment().find(name);
  if (final == nullptr) return nullptr;
  const auto& steps = ctx.order.trace.assignments;
  for (auto step = steps.rbegin(); step != steps.rend(); ++step) {
    const syntax::Assignment* a = step->syntax;
    if (step->name != name || a == nullptr || !a->has_value || a->is_command_prefix) continue;
    if (!step->after || step->after->set_at != final->set_at) continue;
    return ctx.is_user_file(step->at.file) ? &*step : nullptr;
  }
  return nullptr;
}

// The first PATH entry a user file put there that holds a known go install's `go`: the line
// that "puts go on PATH".
const startup::AssignmentStep* go_path_line(const lint::Context& ctx,
                                            const std::vector<startup::Value>& entries) {
  for (const startup::Value& entry : entries) {
    auto text = entry.text();
    if (!text || entry.pieces().empty()) continue;
    auto found =
        ctx.known.go_installs().bin(*text, ctx.context().platform, ctx.sources.options().home);
    if (!found || found->shared) continue;
    const startup::Origin& origin = entry.pieces().front().origin;
    if (!ctx.is_user_file(origin.file)) continue;
    if (auto step = ctx.order.trace.assignment_around("PATH", origin)) return step;
  }
  return nullptr;
}

// The go env file (`go env -w`): when it exists, it may set GOBIN or GOPATH itself.
bool go_env_file_exists(const lint::Context& ctx) {
  simulation::GoEnvFileLocation location =
      simulation::go_env_file_location(ctx.environment(), ctx.context().platform);
  if (!location.known) return true;  // not known: it may exist
  if (location.path.empty()) return false;
  return ctx.sources.file_system().status(location.path).exists();
}

// The value go sees: nullopt when it cannot be known (unknown, maybe unset, or set but not
// exported: not-exported's finding); "" when unset or empty.
std::optional<std::string> go_sees(const startup::Variable* variable) {
  if (variable == nullptr) return std::string();
  if (!variable->exported || variable->maybe_unset) return std::nullopt;
  return variable->value.text();
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  if (!ctx.context().is_interactive()) return;  // only a user at a prompt types the tool's name
  const startup::StaticEnv& env = ctx.environment();
  const startup::Variable* path = env.find("PATH");
  const startup::Variable* home_var = env.find("HOME");
  if (path == nullptr || home_var == nullptr || !home_var->value.text()) return;
  std::string home = *home_var->value.text();
  std::vector<startup::Value> entries = path->value.split(':');

  // Go is configured here: a user file sets GOBIN or GOPATH, or puts a go install on PATH.
  const startup::AssignmentStep* gobin_line = user_assignment(ctx, "GOBIN");
  const startup::AssignmentStep* gopath_line = user_assignment(ctx, "GOPATH");
  const startup::AssignmentStep* path_line = go_path_line(ctx, entries);
  if (gobin_line == nullptr && gopath_line == nullptr && path_line == nullptr) return;
  if (go_env_file_exists(ctx)) return;

  // Where `go install` writes: GOBIN, else GOPATH's first element + /bin, else ~/go/bin.
  auto gobin = go_sees(env.find("GOBIN"));
  auto gopath = go_sees(env.find("GOPATH"));
  if (!gobin) return;
  From from = From::Default;
  std::string dir;
  std::string gopath_first;
  if (!gobin->empty()) {
    from = From::Gobin;
    dir = *gobin;
  } else {
    if (!gopath) return;
    if (!gopath->empty()) {
      gopath_first = gopath->substr(0, gopath->find(':'));
      // Empty or relative: go refuses it (gopath-relative); `~` in quotes: path-tilde-in-quotes.
      if (!gopath_first.starts_with('/')) return;
      from = From::Gopath;
      dir = gopath_first + "/bin";
    } else {
      dir = home + "/go/bin";
    }
  }
  if (!dir.starts_with('/')) return;
  dir = simulation::trim_slashes(dir);
  for (const startup::Value& entry : entries) {
    auto text = entry.text();
    if (!text) return;  // an entry rclint cannot know may be that directory
    std::string entry_dir = text->starts_with("~/") ? home + text->substr(1) : *text;
    // A quoted `~/go/bin` is path-tilde-in-quotes' finding, not this one.
    if (simulation::trim_slashes(entry_dir) == dir) return;
  }

  const startup::AssignmentStep* line = from == From::Gobin    ? gobin_line
                                        : from == From::Gopath ? gopath_line
                                                               : nullptr;
  if (line == nullptr) line = gobin_line ? gobin_line : gopath_line ? gopath_line : path_line;
  // A file the shell cannot parse is parse-error's: what runs of it is not what it says.
  const syntax::ParsedFile* parsed = ctx.order.files.at(line->at.file_index).parsed;
  if (parsed == nullptr || !parsed->errors.empty()) return;
  std::string shown = dir.starts_with(home + "/") ? "$HOME" + dir.substr(home.size()) : dir;
  std::string expression = from == From::Gobin                               ? "$GOBIN"
                           : from == From::Gopath && gopath_first == *gopath ? "$GOPATH/bin"
                                                                             : shown;
  auto finding = out.report(*line->at.file, line->range,
                            "tools from `go install` go to '{}', which is not on PATH",
                            ctx.sources.shell_name(dir));
  switch (from) {
    case From::Gobin:
      finding.note("GOBIN is '{}': `go install` writes there", dir);
      break;
    case From::Gopath:
      finding.note(
          "GOBIN is not set, so `go install` writes to the bin of GOPATH's first "
          "element, '{}'",
          gopath_first);
      break;
    case From::Default:
      finding.note("neither GOBIN nor GOPATH is set, so `go install` writes to $HOME/go/bin");
      break;
  }
  finding.help("put it on PATH: export PATH=\"$PATH:{}\"", expression);
}

}  // namespace

extern constinit const lint::Rule gobin_not_on_path{
    .name = "gobin-not-on-path",
    .severity = Severity::Info,
    .summary = "the directory `go install` writes to is not on PATH",
    .rationale = R"md(`go install example.com/tool@latest` writes the program to `GOBIN`, or
else to the `bin` directory of the first `GOPATH` element, or else to `$HOME/go/bin`. When
that directory is not on PATH in an interactive shell, the tool is "command not found" right
after a successful install. It is checked where Go is configured (a startup file sets GOBIN or
GOPATH, or puts a go install's `bin` on PATH), in interactive contexts, and reported once, on
the line that configures Go's paths. The help gives the line to add, e.g.
`export PATH="$PATH:$HOME/go/bin"`; `export PATH="$PATH:$(go env GOPATH)/bin"` also works but
runs go at every shell start. Values rclint cannot know (a `$(…)` on PATH, a go env file
written by `go env -w`) keep it quiet. Ignore it if you never run tools installed with
`go install`, or run them by their full path.)md",
    .bad_example = "export GOPATH=\"$HOME/go\"\n",
    .good_example = "export GOPATH=\"$HOME/go\"\nexport PATH=\"$PATH:$GOPATH/bin\"\n",
    .example_file = ".zprofile",
    .check = check,
};

}  // namespace rclint::rules
