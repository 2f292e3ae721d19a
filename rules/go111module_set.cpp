// rules/go111module_set.cpp: GO111MODULE exported from a startup file.
#include <algorithm>

#include "lint/rule.h"
#include "simulation/go_env.h"

namespace rclint::rules {
namespace {

// `export GO111MODULE=on` alone on its line, at the top level of its file (not the only
// statement of an `if`, which would be left empty): the whole line, comment included.
std::optional<source::Range> own_line(const lint::Context& ctx,
                                      const startup::AssignmentStep& step) {
  const syntax::ParsedFile* parsed = ctx.order.files[step.at.file_index].parsed;
  if (parsed == nullptr || parsed->file != step.at.file) return std::nullopt;
  bool top_level = std::any_of(
      parsed->statements.begin(), parsed->statements.end(), [&](const syntax::Statement& s) {
        return std::get_if<syntax::Assignment>(&s.node) == step.syntax && s.range == step.range;
      });
  if (!top_level) return std::nullopt;
  std::string_view text = step.at.file->text();
  if (step.syntax->name_range.begin < step.range.begin) return std::nullopt;
  // Only this assignment in the statement: `export A=1 GO111MODULE=on` keeps A.
  std::string_view head =
      text.substr(step.range.begin, step.syntax->name_range.begin - step.range.begin);
  if (head.find('=') != std::string_view::npos) return std::nullopt;
  uint32_t begin = step.range.begin;
  while (begin > 0 && text[begin - 1] != '\n') {
    if (text[begin - 1] != ' ' && text[begin - 1] != '\t') return std::nullopt;
    --begin;
  }
  uint32_t end = step.syntax->value.range.end;
  if (end > step.range.end) return std::nullopt;
  // … and `export GO111MODULE=on GOPATH=~/go` keeps GOPATH.
  if (text.substr(end, step.range.end - end).find_first_not_of(" \t") != std::string_view::npos) {
    return std::nullopt;
  }
  while (end < text.size() && (text[end] == ' ' || text[end] == '\t' || text[end] == ';')) ++end;
  if (end < text.size() && text[end] == '#') end = static_cast<uint32_t>(text.find('\n', end));
  if (end >= text.size()) return source::Range{begin, static_cast<uint32_t>(text.size())};
  if (text[end] != '\n') return std::nullopt;
  return source::Range{begin, end + 1};
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  for (const startup::AssignmentStep& step : ctx.order.trace.assignments) {
    const syntax::Assignment* a = step.syntax;
    if (a == nullptr || !a->has_value || step.name != "GO111MODULE") continue;
    if (!ctx.is_user_file(step.at.file) || !step.after || !ctx.reaches_children(step)) continue;
    if (ctx.has_syntax_error(step.at, step.range)) continue;  // the shell stops there
    std::optional<std::string> value = step.after->value.text();
    // An invalid value is go-env-invalid's (one finding per cause).
    if (value && simulation::go_setting_problem("GO111MODULE", *value)) continue;
    bool noise = value && (*value == "on" || value->empty());
    std::string shown = value ? *value : std::string(a->value.without_outer_quotes());
    auto finding =
        out.report_as(noise ? Severity::Info : Severity::Warning, *step.at.file, step.range,
                      "GO111MODULE is set to '{}' for every go command", shown);
    if (noise) {
      finding.note("modules are on by default since Go 1.16: this setting changes nothing");
      finding.help("remove this line");
      if (auto line = own_line(ctx, step)) finding.fix(*step.at.file, *line, "");
      continue;
    }
    if (value == "off") {
      finding.note(
          "`off` makes go ignore go.mod everywhere: module projects fail to build, and "
          "`go install tool@latest` fails with \"cannot use path@version syntax in GOPATH mode\"");
    } else if (value == "auto") {
      finding.note(
          "`auto` switches to GOPATH mode outside a module: `go install tool@latest` there "
          "fails with \"cannot use path@version syntax in GOPATH mode\"");
    }
    finding.help(
        "remove this line; a legacy GOPATH project that needs GO111MODULE=off can set it for "
        "itself (direnv's .envrc, its Makefile) or per command: `GO111MODULE=off go build`");
  }
}

}  // namespace

extern constinit const lint::Rule go111module_set{
    .name = "go111module-set",
    .severity = Severity::Warning,
    .summary = "GO111MODULE is set for every go command by a startup file",
    .rationale = R"md(Go modules are the default since Go 1.16, and GOPATH mode is on its way
out. A GO111MODULE left in a startup file from the Go 1.11–1.15 days applies to every
project: `off` makes go ignore go.mod (module builds fail, `go install tool@latest` is
refused), `auto` does the same outside a module, and `on` only restates the default (info).
Setting it as the prefix of one command (`GO111MODULE=off go build`) is fine. An invalid
value is reported by go-env-invalid instead. Ignore this rule on a machine that only builds
old GOPATH projects with a Go older than 1.16.)md",
    .bad_example = "export GO111MODULE=off\n",
    .good_example = "legacy_build() { GO111MODULE=off go build \"$@\"; }\n",
    .check = check,
};

}  // namespace rclint::rules
