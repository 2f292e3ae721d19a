// rules/not_exported.cpp: a toolchain variable the user's files set but never export, so
// `go` and every other child process do not see it.
#include <algorithm>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

// zsh's FPATH is read by zsh itself (autoload); nobody exports it.
bool is_for_the_shell(const std::string& name) { return name == "FPATH"; }

// The assignment that gave the final value: the last step in the file of `set_at` whose
// statement holds its offset.
const startup::AssignmentStep* setting_step(const lint::Context& ctx, const std::string& name,
                                            const startup::Origin& set_at) {
  const auto& steps = ctx.order.trace.assignments;
  for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
    if (it->name == name && it->at.file == set_at.file && it->range.begin <= set_at.offset &&
        set_at.offset < it->range.end) {
      return &*it;
    }
  }
  return nullptr;
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t") == std::string_view::npos;
}

// `GOPATH=$HOME/go` alone on its line (a comment may follow) becomes `export GOPATH=$HOME/go`.
bool can_prepend_export(const source::SourceFile& file, const startup::AssignmentStep& step) {
  const syntax::Assignment* a = step.syntax;
  if (a == nullptr || !a->builtin.empty() || !a->has_value || a->is_array || a->append ||
      a->is_command_prefix || !a->subscript.empty() || a->name_range.begin != step.range.begin) {
    return false;
  }
  std::string_view text = file.text();
  uint32_t line = file.position(step.range.begin).line;
  uint32_t start = file.line_start(line);
  if (!is_blank(text.substr(start, step.range.begin - start))) return false;
  std::string_view rest = text.substr(step.range.end);
  rest = rest.substr(0, std::min(rest.find('\n'), rest.size()));
  size_t comment = rest.find('#');
  if (comment != std::string_view::npos && comment > 0 && is_blank(rest.substr(0, comment))) {
    return true;
  }
  return is_blank(rest);
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  for (const std::string& name : ctx.known.toolchain_variables()) {
    const startup::Variable* var = ctx.environment().find(name);
    if (var == nullptr || var->exported || is_for_the_shell(name)) continue;
    if (!ctx.is_user_file(var->set_at.file)) continue;
    const source::SourceFile& file = *var->set_at.file;
    const startup::AssignmentStep* step = setting_step(ctx, name, var->set_at);
    source::Range range =
        step ? step->range : source::Range{var->set_at.offset, var->set_at.offset};
    auto finding = out.report(file, range,
                              "{} is set but never exported: programs started from the shell (go, "
                              "IDE tasks …) do not see it",
                              name);
    finding.note("only exported variables reach child processes; nothing exports {} later", name)
        .help("export it: `export {}=…`, or `export {}` after this line", name, name);
    if (step != nullptr && can_prepend_export(file, *step)) {
      finding.fix(file, {step->range.begin, step->range.begin}, "export ");
    }
  }
}

}  // namespace

extern constinit const lint::Rule not_exported{
    .name = "not-exported",
    .severity = Severity::Warning,
    .summary = "a toolchain variable is set but never exported",
    .rationale = R"md(A plain `GOPATH=$HOME/go` makes a shell variable: the shell itself and
later startup files see it, but `go`, `cargo`, `java`, an IDE's tasks and every other program
started from the shell do not, since only exported variables reach a child process. `go env
GOPATH` then prints the default, and tools land somewhere else than the PATH entry built from
`$GOPATH`. An `export GOPATH` anywhere later in the same context (even in another file) is
enough. zsh's `FPATH`, which only zsh reads, is not flagged. Ignore it for a variable you
really want to keep inside the shell.)md",
    .bad_example = "CARGO_HOME=$HOME/.cargo\n",
    .good_example = "export CARGO_HOME=$HOME/.cargo\n",
    .example_file = ".zprofile",
    .check = check,
};

}  // namespace rclint::rules
