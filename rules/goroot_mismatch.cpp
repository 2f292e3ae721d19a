// rules/goroot_mismatch.cpp: GOROOT names one go install while PATH runs another one.
#include "lint/rule.h"

namespace rclint::rules {
namespace {

// The assignment that gave GOROOT its final value.
const startup::AssignmentStep* final_assignment(const lint::Context& ctx,
                                                const startup::Variable& final) {
  const auto& steps = ctx.order.trace.assignments;
  for (auto step = steps.rbegin(); step != steps.rend(); ++step) {
    if (step->name != "GOROOT" || step->syntax == nullptr || !step->syntax->has_value) continue;
    if (step->syntax->is_command_prefix || !step->after) continue;
    if (step->after->set_at == final.set_at) return &*step;
  }
  return nullptr;
}

// The statement that put a PATH entry there: the PATH assignment around `origin`.
source::Range statement_at(const lint::Context& ctx, const startup::Origin& origin) {
  if (auto step = ctx.order.trace.assignment_around("PATH", origin)) return step->range;
  return {origin.offset, origin.offset};
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  const startup::Variable* goroot = ctx.environment().find("GOROOT");
  const startup::Variable* path = ctx.environment().find("PATH");
  if (goroot == nullptr || path == nullptr || !goroot->exported) return;  // go never sees it
  std::optional<std::string> root = goroot->value.text();
  // `GOROOT="~/sdk/go1.22"` is path-tilde-in-quotes; an unknown value proves nothing.
  if (!root || !root->starts_with('/')) return;
  const startup::AssignmentStep* step = final_assignment(ctx, *goroot);
  if (step == nullptr || !ctx.is_user_file(step->at.file)) return;

  const std::string& home = ctx.sources.options().home;
  const simulation::GoInstalls& installs = ctx.known.go_installs();
  startup::Platform platform = ctx.context().platform;
  std::vector<startup::Value> entries = path->value.split(':');
  simulation::GoRootOnPath on_path =
      simulation::go_root_on_path(installs, *root, entries, platform, home);
  if (on_path.kind != simulation::GoRootOnPath::Kind::Other || !on_path.match) return;

  std::string goroot_text = simulation::trim_slashes(*root);
  std::string entry = *entries[on_path.entry].text();
  std::string other = on_path.match->describe();
  auto finding = out.report(*step->at.file, step->range,
                            "GOROOT is '{}', but the first go on PATH is {} ('{}')", goroot_text,
                            other, entry);
  auto bin_dir = installs.bin(goroot_text, platform, home);
  if (bin_dir && bin_dir->shared) bin_dir.reset();
  if (auto own = installs.root(goroot_text, platform, home)) {
    finding.note("GOROOT names {}", own->describe());
  } else if (bin_dir) {
    finding.note("'{}' is the bin directory of {}, not a root{}", goroot_text, bin_dir->describe(),
                 bin_dir->root.empty() ? "" : fmt::format(" (that is '{}')", bin_dir->root));
  }
  const startup::Origin& origin = entries[on_path.entry].pieces().front().origin;
  if (origin.file != nullptr) {
    finding.note_at(*origin.file, statement_at(ctx, origin), "'{}' is put on PATH here{}", entry,
                    origin.note.empty() ? "" : fmt::format(" (by {})", origin.note));
  } else if (!origin.note.empty()) {
    finding.note("'{}' is put on PATH by {}", entry, origin.note);
  }
  if (bin_dir) {
    // go 1.19 with GOROOT=/usr/lib/go-1.19/bin: "package …: cannot find package".
    finding.note("go finds no standard library there: builds fail (\"cannot find package\")");
    finding.help("drop GOROOT: go finds its own root");
    return;
  }
  bool own_bin_later = false;
  for (size_t i = on_path.entry + 1; i < entries.size(); ++i) {
    auto text = entries[i].text();
    if (text && simulation::trim_slashes(*text) == goroot_text + "/bin") own_bin_later = true;
  }
  finding.note("{}",
               own_bin_later
                   ? fmt::format("'{}/bin' comes later on PATH, so its go never runs", goroot_text)
                   : fmt::format("'{}/bin' is not on PATH", goroot_text));
  finding.note(
      "the go from '{}' builds with the compiler and standard library under GOROOT: two "
      "toolchains mixed (\"compile: version … does not match go tool version …\")",
      entry);
  finding.help("drop GOROOT: each go finds its own root (or put '{}/bin' first on PATH)",
               goroot_text);
}

}  // namespace

extern constinit const lint::Rule goroot_mismatch{
    .name = "goroot-mismatch",
    .severity = Severity::Error,
    .summary = "GOROOT names one go install while PATH runs another",
    .rationale = R"md(The `go` command that runs is the first one on `PATH`; `GOROOT` tells it
where its compiler, tools and standard library are. When GOROOT names another install
(`/usr/local/go` while Homebrew's `/opt/homebrew/opt/go/libexec/bin` comes first, or
`~/sdk/go1.21.0` while `~/sdk/go1.22.0/bin` is on PATH), one go runs with another's tools:
builds fail with "compile: version … does not match go tool version …", or quietly use the
wrong standard library. It is also reported when PATH lacks `$GOROOT/bin` but holds another
known install's `bin`. The known installs are data (`rclint`'s known_commands.toml:
/usr/local/go, Homebrew, Debian's /usr/lib/go-1.N, ~/sdk/goX.Y.Z, gvm, goenv, asdf, mise);
`~/go/bin` is GOPATH's, not an install. Directories that hold many commands
(`/opt/homebrew/bin`, `/usr/bin`) hold a go only when it is installed there, so they never
prove a GOROOT wrong. The fix is to drop GOROOT: every go finds its own root. Ignore this only
when the GOROOT install really is linked into the directory PATH runs go from.)md",
    .bad_example = "export GOROOT=/usr/local/go\nexport PATH=\"$HOME/sdk/go1.22.0/bin:$PATH\"\n",
    .good_example = "export PATH=\"$HOME/sdk/go1.22.0/bin:$PATH:$HOME/go/bin\"\n",
    .example_file = ".zprofile",
    .check = check,
};

}  // namespace rclint::rules
