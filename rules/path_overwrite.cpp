// rules/path_overwrite.cpp: an assignment that replaces PATH instead of extending it.
#include <algorithm>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

bool has_entry(const std::vector<startup::Value>& entries, std::string_view dir) {
  return std::any_of(entries.begin(), entries.end(),
                     [&](const startup::Value& entry) { return entry.text() == dir; });
}

// The edit that keeps the old value: `PATH=/opt/go/bin` → `PATH="/opt/go/bin:$PATH"`,
// `path=(~/bin)` → `path=(~/bin $path)`. Only where the word's form makes it mechanical.
std::optional<std::pair<source::Range, std::string>> keep_old_value(const syntax::Assignment& a) {
  if (a.is_array) {
    if (a.elements.empty() || a.append) return std::nullopt;
    uint32_t end = a.elements.back().range.end;
    return std::pair{source::Range{end, end}, std::string(" $path")};
  }
  std::string_view raw = a.value.raw;
  if (raw.empty() || a.append) return std::nullopt;
  if (raw.size() >= 2 && raw.front() == '"' && raw.back() == '"') {
    uint32_t quote = a.value.range.end - 1;
    return std::pair{source::Range{quote, quote}, std::string(":$PATH")};
  }
  if (raw.find_first_of("'\"\\ `$(){}*?[") != std::string_view::npos) return std::nullopt;
  return std::pair{a.value.range, fmt::format("\"{}:$PATH\"", raw)};
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  for (const startup::AssignmentStep& step : ctx.order.trace.assignments) {
    const syntax::Assignment* a = step.syntax;
    if (step.name != "PATH" || a == nullptr || !a->has_value || a->append) continue;
    if (!ctx.is_user_file(step.at.file) || !step.before || !step.after) continue;
    // `PATH=$HOME/bin:$PATH`, `path=($path ~/bin)`: the old value is kept, whatever it was.
    if (a->value.reads("PATH") || a->value.reads("path")) continue;
    if (std::any_of(a->elements.begin(), a->elements.end(),
                    [](const syntax::Word& w) { return w.reads("path") || w.reads("PATH"); })) {
      continue;
    }
    if (!step.after->value.exact()) continue;  // `PATH=$(getconf PATH)`: rclint cannot tell
    std::vector<startup::Value> old_entries = step.before->value.split(':');
    std::vector<startup::Value> new_entries = step.after->value.split(':');
    std::vector<std::string> lost;
    for (const startup::Value& entry : old_entries) {
      auto text = entry.text();
      if (text && !text->empty() && !has_entry(new_entries, *text) &&
          std::find(lost.begin(), lost.end(), *text) == lost.end()) {
        lost.push_back(*text);
      }
    }
    if (lost.empty()) continue;  // it rebuilds PATH with every entry it had
    bool keeps_system = has_entry(new_entries, "/usr/bin") && has_entry(new_entries, "/bin");
    std::string value = *step.after->value.text();
    auto finding =
        out.report_as(keeps_system ? Severity::Warning : Severity::Error, *step.at.file, step.range,
                      "PATH is replaced by '{}': what it held before is lost", value);
    if (!keeps_system) {
      finding.note(
          "without /usr/bin and /bin every command but the shell's builtins is "
          "\"command not found\" (ls, git, go …)");
    } else {
      finding.note("the entries that earlier files (/etc included) put first are lost");
    }
    finding.help("extend PATH instead of replacing it: {}",
                 a->is_array ? fmt::format("{}=(… $path)", a->name)
                             : fmt::format("{}=\"{}:$PATH\"", a->name, a->value.raw));
    if (auto edit = keep_old_value(*a)) finding.fix(*step.at.file, edit->first, edit->second);
  }
}

}  // namespace

extern constinit const lint::Rule path_overwrite{
    .name = "path-overwrite",
    .severity = Severity::Error,
    .summary = "an assignment replaces PATH instead of extending it",
    .rationale = R"md(Every command lookup searches `PATH`. A value without the old `$PATH`
drops `/usr/bin`, `/bin` and whatever earlier startup files (the system's /etc files, Homebrew,
path_helper) put there, in every shell that reads this line. zsh ties the array `path` to PATH,
so `path=(~/bin)` does the same. The finding is an error when the new value lacks /usr/bin or
/bin (nothing but builtins works any more), a warning when only other entries are lost. A
value that keeps every earlier entry, or that reads `$PATH`, is fine. Ignore it only in a file
meant to build PATH from scratch: `# rclint disable=path-overwrite`.)md",
    .bad_example = "export PATH=/opt/go/bin\n",
    .good_example = "export PATH=\"/opt/go/bin:$PATH\"\n",
    .example_file = ".zprofile",  // ~/.zshrc: env-interactive-only, path-duplicate-entry
    .check = check,
};

}  // namespace rclint::rules
