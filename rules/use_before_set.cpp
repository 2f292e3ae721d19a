// rules/use_before_set.cpp: a variable read before the user's own files set it, along the
// order one context reads them: it expands to empty there.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <unordered_map>
#include <vector>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

// Variables every shell sets itself at start, which the simulation leaves unmodelled:
// `old_ifs=$IFS; IFS=:; …; IFS=$old_ifs` saves a value that is there (" \t\n").
bool set_by_the_shell(std::string_view name) {
  static constexpr std::string_view kNames[] = {"IFS",  "PPID",   "PWD",    "OPTIND",  "PS2",
                                                "PS4",  "LINENO", "RANDOM", "SECONDS", "UID",
                                                "EUID", "GROUPS", "HISTCMD"};
  if (std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames)) return true;
  // $1, $#, $? …: positional and special parameters, not variables a file sets.
  return name.empty() || !(std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_');
}

bool within(source::Range inner, source::Range outer) {
  return outer.begin <= inner.begin && inner.end <= outer.end;
}

// The trace's assignments and reads by variable, in trace order: a home with a thousand
// variables must not scan the whole trace for each read.
struct ByName {
  std::unordered_map<std::string, std::vector<const startup::AssignmentStep*>> steps;
  std::unordered_map<std::string, std::vector<const startup::VariableRead*>> reads;

  explicit ByName(const startup::Trace& trace) {
    for (const startup::AssignmentStep& a : trace.assignments) steps[a.name].push_back(&a);
    for (const startup::VariableRead& r : trace.reads) reads[r.name].push_back(&r);
  }
  template <typename T>
  const std::vector<const T*>& of(const std::unordered_map<std::string, std::vector<const T*>>& map,
                                  const std::string& name) const {
    static const std::vector<const T*> kNone;
    auto found = map.find(name);
    return found == map.end() ? kNone : found->second;
  }
};

// `X="$X:/more"` reads its own old value on purpose: an unset X is the expected start.
bool extends_itself(const ByName& trace, const startup::VariableRead& read) {
  const auto& steps = trace.of(trace.steps, read.name);
  return std::any_of(steps.begin(), steps.end(), [&](const startup::AssignmentStep* a) {
    return a->at.file == read.at.file && within(read.range, a->range);
  });
}

// The first later assignment in a user file that gives `name` a value, in another statement
// and outside functions.
const startup::AssignmentStep* later_set(const lint::Context& ctx, const ByName& trace,
                                         const startup::VariableRead& read) {
  for (const startup::AssignmentStep* a : trace.of(trace.steps, read.name)) {
    if (a->at.sequence <= read.at.sequence || !a->after) continue;
    // In a function it may be a `local` (prezto's pmodload): it says nothing of the global.
    if (!ctx.is_user_file(a->at.file) || a->at.in_function) continue;
    // The same statement, or a line above the read: a loop's later round, not a later line.
    if (a->at.file == read.at.file && a->range.begin <= read.range.begin) continue;
    if (a->syntax != nullptr && (!a->syntax->has_value || a->syntax->is_command_prefix)) continue;
    return a;
  }
  return nullptr;
}

// The read runs again after the assignment: a loop (or a function called twice) whose first
// round sees the variable unset on purpose.
bool runs_again(const ByName& trace, const startup::VariableRead& read,
                const startup::AssignmentStep& set) {
  const auto& reads = trace.of(trace.reads, read.name);
  return std::any_of(reads.begin(), reads.end(), [&](const startup::VariableRead* r) {
    return r->at.file == read.at.file && r->range == read.range && r->at.sequence > set.at.sequence;
  });
}

std::string help_for(const lint::Context& ctx, const startup::VariableRead& read,
                     const startup::AssignmentStep& set) {
  if (set.at.file == read.at.file) return fmt::format("set {} above this line", read.name);
  if (ctx.context().shell == startup::Shell::Zsh) {
    return fmt::format("set {} in ~/.zshenv, which every zsh reads first, or above this line in {}",
                       read.name, read.at.file->shell_name());
  }
  return fmt::format("set {} above this line in {}, or in a file read before it", read.name,
                     read.at.file->shell_name());
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  ByName trace(ctx.order.trace);
  for (const startup::VariableRead& read : ctx.order.trace.reads) {
    // ${X:-default}, ${X-…}, tests of X: the code expects X to be unset. MaybeUnset: some
    // path sets it, which rclint cannot tell apart.
    if (!read.op.empty() || read.in_test) continue;
    if (read.state != startup::VariableRead::State::Unset) continue;
    if (!ctx.is_user_file(read.at.file) || set_by_the_shell(read.name)) continue;
    if (extends_itself(trace, read)) continue;
    const startup::AssignmentStep* set = later_set(ctx, trace, read);
    if (set == nullptr || runs_again(trace, read, *set)) continue;
    const std::string& setter = set->at.file->shell_name();
    auto finding =
        out.report(*read.at.file, read.range,
                   "${} is used here before {} sets it: it expands to empty", read.name, setter);
    finding.note_at(*set->at.file, set->range, "{} is set here", read.name);
    if (set->at.file != read.at.file) {
      finding.note("in {}, {} runs before {}", ctx.context().name(), read.at.file->shell_name(),
                   setter);
    }
    finding.help("{}", help_for(ctx, read, *set));
  }
}

}  // namespace

extern constinit const lint::Rule use_before_set{
    .name = "use-before-set",
    .severity = Severity::Warning,
    .summary = "a variable is used before the startup file that sets it runs",
    .rationale = R"md(Startup files run one after another in one shell, in an order fixed by
the shell and the way it was started: a login zsh reads ~/.zprofile before ~/.zshrc, a login
bash reads ~/.bash_profile and only then what it sources. A `$GOPATH` in ~/.zprofile that only
~/.zshrc sets expands to empty there, so `PATH=$GOPATH/bin:$PATH` adds `/bin` instead of
`~/go/bin`. The same holds inside one file when the assignment comes below the use. Reads
with a default (`${GOPATH:-$HOME/go}`), in tests, and `X="$X:…"` extending itself are not
flagged, nor variables the environment or the system files already set. Ignore it when the
empty value is what you want at that point.)md",
    .bad_example = "export PATH=\"$GOPATH/bin:$PATH\"\nexport GOPATH=\"$HOME/go\"\n",
    .good_example = "export GOPATH=\"$HOME/go\"\nexport PATH=\"$GOPATH/bin:$PATH\"\n",
    .example_file = ".zprofile",
    .check = check,
};

}  // namespace rclint::rules
