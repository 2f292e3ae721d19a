// rules/go_shadowed.cpp: the go that runs is not the one the user configured (audit).
#include "lint/rule.h"
#include "simulation/running_go.h"

namespace rclint::rules {
namespace {

namespace path = source::path;
using simulation::GoBinary;

// The go the user asked for, and the line that asked.
struct Configured {
  GoBinary go;
  const startup::AssignmentStep* step = nullptr;
  bool by_goroot = false;
};

// A user's PATH entry that is a go install's own bin directory (the GOROOT's bin, after links,
// or a known install's bin): "the go dir the user put on PATH". A directory that merely holds
// a go among other commands (/usr/local/bin, ~/bin) is not a choice of go.
bool is_go_dir(const lint::Context& ctx, const std::string& dir, const GoBinary& go) {
  if (!go.root.empty() && path::parent(go.real_path) == ctx.disk->real_path(dir).value_or(dir)) {
    return true;
  }
  auto known = ctx.known.go_installs().bin(dir, ctx.context().platform, ctx.sources.options().home);
  return known && !known->shared;
}

// The line of a file rclint audits that put `entry` on PATH: where the entry was written, or,
// when a later step re-wrote PATH (path_helper listing the same directory in /etc/paths.d),
// a line of such a file that added that directory before.
const startup::AssignmentStep* line_adding(const lint::Context& ctx, const startup::Value& entry) {
  auto audited = [&](const startup::Origin& origin) {
    return ctx.is_user_file(origin.file) ||
           (ctx.is_audited_file(origin.file) && origin.note.empty());
  };
  const startup::Origin& origin = entry.pieces().front().origin;
  if (audited(origin)) return ctx.order.trace.assignment_around("PATH", origin);
  std::optional<std::string> dir = entry.text();
  for (const startup::AssignmentStep& step : ctx.order.trace.assignments) {
    if (step.name != "PATH" || !step.after || step.at.file == nullptr) continue;
    for (const startup::Value& added : step.after->value.split(':')) {
      if (added.pieces().empty() || added.text() != dir) continue;
      const startup::Origin& at = added.pieces().front().origin;
      if (audited(at) && at.file == step.at.file && step.range.begin <= at.offset &&
          at.offset < step.range.end) {
        return &step;
      }
    }
  }
  return nullptr;
}

std::optional<Configured> configured_go(const lint::Context& ctx,
                                        const std::vector<startup::Value>& entries) {
  const std::string& home = ctx.sources.options().home;
  startup::Platform platform = ctx.context().platform;
  const startup::Variable* goroot = ctx.environment().find("GOROOT");
  if (goroot != nullptr && goroot->exported) {
    std::optional<std::string> root = goroot->value.text();
    if (!root || root->empty()) return std::nullopt;
    const startup::AssignmentStep* step = ctx.order.trace.assignment_at("GOROOT", goroot->set_at);
    if (step == nullptr || !ctx.is_audited_file(step->at.file) || (*root)[0] != '/') {
      return std::nullopt;
    }
    // A GOROOT with no go in it is goroot-missing's.
    auto go = simulation::go_at_root(*root, *ctx.disk, ctx.known.go_installs(), platform, home);
    if (!go) return std::nullopt;
    return Configured{*go, step, true};
  }
  for (const startup::Value& entry : entries) {
    std::optional<std::string> dir = entry.text();
    if (!dir || dir->empty() || (*dir)[0] != '/' || entry.pieces().empty()) continue;
    auto go = simulation::go_in(*dir, *ctx.disk, ctx.known.go_installs(), platform, home);
    if (!go || !is_go_dir(ctx, *dir, *go)) continue;
    if (const startup::AssignmentStep* step = line_adding(ctx, entry)) {
      return Configured{*go, step, false};
    }
  }
  return std::nullopt;
}

// goroot-mismatch already reports a GOROOT of one known install behind another known
// install's bin: the same cause, found without the disk.
bool goroot_mismatch_reports(const lint::Context& ctx, const std::string& goroot,
                             const std::vector<startup::Value>& entries, size_t running_entry) {
  simulation::GoRootOnPath on_path = simulation::go_root_on_path(
      ctx.known.go_installs(), goroot, entries, ctx.context().platform, ctx.sources.options().home);
  return on_path.kind == simulation::GoRootOnPath::Kind::Other && on_path.match &&
         on_path.entry == running_entry;
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  if (ctx.disk == nullptr) return;
  const startup::Variable* path_var = ctx.environment().find("PATH");
  if (path_var == nullptr) return;
  std::vector<startup::Value> entries = path_var->value.split(':');
  std::optional<Configured> configured = configured_go(ctx, entries);
  if (!configured) return;
  simulation::RunningGo running =
      simulation::running_go(path_var->value, *ctx.disk, ctx.known.go_installs(),
                             ctx.context().platform, ctx.sources.options().home);
  if (running.kind != simulation::RunningGo::Kind::Found) return;
  const GoBinary& runs = running.go;
  if (runs.same_go(configured->go)) return;
  if (ctx.has_syntax_error(configured->step->at, configured->step->range)) return;
  const startup::AssignmentStep& step = *configured->step;
  if (configured->by_goroot) {
    if (goroot_mismatch_reports(ctx, configured->go.root, entries, runs.entry)) return;
    auto finding = out.report(*step.at.file, step.range,
                              "the go that runs is {}, not the install GOROOT names ({})",
                              runs.describe(), configured->go.root);
    finding.note("in {}, '{}' is the first PATH entry with a go", ctx.context().name(), runs.dir);
    finding.note(
        "that go builds with the compiler and standard library under GOROOT: two toolchains "
        "mixed (\"compile: version … does not match go tool version …\")");
    finding.help("remove GOROOT (go finds its own root), or put '{}/bin' first on PATH",
                 configured->go.root);
    return;
  }
  auto finding = out.report(*step.at.file, step.range,
                            "the go that runs is {}, not the one put on PATH here ({})",
                            runs.describe(), configured->go.describe());
  finding.note("in {}, '{}' comes before '{}' on PATH", ctx.context().name(), runs.dir,
               configured->go.dir);
  const startup::Origin& origin = entries[runs.entry].pieces().front().origin;
  if (origin.file != nullptr) {
    const startup::AssignmentStep* put = ctx.order.trace.assignment_around("PATH", origin);
    finding.note_at(*origin.file,
                    put != nullptr ? put->range : source::Range{origin.offset, origin.offset},
                    "'{}' is put on PATH here{}", runs.dir,
                    origin.note.empty() ? "" : fmt::format(" (by {})", origin.note));
  } else {
    finding.note("'{}' comes from {}", runs.dir,
                 origin.note.empty() ? "the starting environment" : origin.note);
  }
  finding.help("put '{}' first (PATH=\"{}:$PATH\"), or remove the other go ({})",
               configured->go.dir, configured->go.dir, runs.real_path);
}

}  // namespace

extern constinit const lint::Rule go_shadowed{
    .name = "go-shadowed",
    .severity = Severity::Warning,
    .summary = "the first go on PATH is not the go install the startup files configure",
    .rationale = R"md(A shell runs the first `go` along PATH. Appending a new install
(`PATH=$PATH:/usr/local/go/bin`) leaves an older go earlier on PATH in charge: Debian's
/usr/bin/go, a stale /usr/local/bin/go link from an old Homebrew or .pkg install, a version
manager's shim. `go version` then names the old version, builds use the old toolchain, and
with GOROOT set to the new install the old binary even mixes the two. rclint resolves `go`
along each context's PATH on the disk, follows the links of each candidate to the install it
belongs to (its GOROOT, its VERSION), and compares it with what the user configured: the
install GOROOT names, else the first go install directory a startup file put on PATH. The
same install reached through a link (/usr/local/bin/go → /usr/local/go/bin/go) is not
shadowing. When GOROOT names one known install and PATH another, `goroot-mismatch` reports
it without the disk, and this rule stays quiet. rclint looks only when it audits the machine
or with `--fs`. Ignore the finding when the older go is meant to win for now.)md",
    .bad_example =
        "# fixture: fs=on paths=/usr/bin/go->/usr/lib/go-1.19/bin/go,/usr/lib/go-1.19/bin/go*,"
        "/usr/lib/go-1.19/src/runtime/,/usr/local/go/bin/go*,/usr/local/go/src/runtime/,"
        "/home/user/go/bin/\n"
        "export PATH=\"$PATH:/usr/local/go/bin:$HOME/go/bin\"\n",
    .good_example =
        "# fixture: fs=on paths=/usr/bin/go->/usr/lib/go-1.19/bin/go,/usr/lib/go-1.19/bin/go*,"
        "/usr/lib/go-1.19/src/runtime/,/usr/local/go/bin/go*,/usr/local/go/src/runtime/,"
        "/home/user/go/bin/\n"
        "export PATH=\"/usr/local/go/bin:$PATH:$HOME/go/bin\"\n",
    .example_file = ".profile",
    .check = check,
};

}  // namespace rclint::rules
