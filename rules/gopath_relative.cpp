// rules/gopath_relative.cpp: a GOPATH element that is not an absolute path, a quoted `~`
// included; go refuses to run with it.
#include <algorithm>
#include <cctype>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

// Does `before` end with the start of a default, `${NAME:-` or `${NAME=`?
bool starts_default(std::string_view before) {
  if (!before.ends_with("-") && !before.ends_with("=")) return false;
  before.remove_suffix(1);
  if (before.ends_with(":")) before.remove_suffix(1);
  size_t name = before.size();
  while (name > 0 &&
         (std::isalnum(static_cast<unsigned char>(before[name - 1])) || before[name - 1] == '_')) {
    --name;
  }
  return name < before.size() && before.substr(0, name).ends_with("${");
}

// `"~/go"` → `"$HOME/go"`, `"${GOPATH:-~/go}"` → `"${GOPATH:-$HOME/go}"`, `'~/go:~/work'` →
// `"$HOME/go:$HOME/work"`: each `~` that starts an element of a wholly quoted word, where nothing
// else in the word changes meaning.
std::optional<std::string> home_instead_of_tilde(std::string_view raw) {
  if (raw.size() < 2 || raw.front() != raw.back() || (raw.front() != '"' && raw.front() != '\'')) {
    return std::nullopt;
  }
  std::string_view inner = raw.substr(1, raw.size() - 2);
  if (inner.find_first_of("\"'\\`") != std::string_view::npos) return std::nullopt;
  if (raw.front() == '\'' && inner.find('$') != std::string_view::npos) return std::nullopt;
  std::string out = "\"";
  bool changed = false;
  for (size_t i = 0; i < inner.size(); ++i) {
    bool starts_element = i == 0 || inner[i - 1] == ':' || starts_default(inner.substr(0, i));
    bool bare =
        i + 1 == inner.size() || inner[i + 1] == '/' || inner[i + 1] == ':' || inner[i + 1] == '}';
    if (inner[i] == '~' && starts_element && bare) {
      out += "$HOME";
      changed = true;
    } else {
      out += inner[i];
    }
  }
  if (!changed) return std::nullopt;
  return out + "\"";
}

void report(const startup::AssignmentStep& step, const std::vector<std::string>& bad,
            lint::Reporter& out) {
  const std::string& first = bad.front();
  const syntax::Assignment& a = *step.syntax;
  auto finding =
      first.front() == '~'
          ? out.report(*step.at.file, step.range,
                       "GOPATH element '{}' starts with a literal '~': go refuses to run "
                       "(\"GOPATH entry cannot start with shell metacharacter '~'\")",
                       first)
          : out.report(*step.at.file, step.range,
                       "GOPATH element '{}' is a relative path: go refuses to run (\"GOPATH "
                       "entry is relative; must be absolute path\")",
                       first);
  for (size_t i = 1; i < bad.size(); ++i) finding.note("'{}' is not absolute either", bad[i]);
  if (first.front() == '~') {
    finding.note("the shell expands `~` only unquoted, at the start of a word or after `:`")
        .help("write $HOME instead of ~ inside quotes: GOPATH=\"$HOME{}\"", first.substr(1));
    std::optional<std::string> fixed;
    if (!a.is_array) fixed = home_instead_of_tilde(a.value.raw);
    if (fixed) finding.fix(*step.at.file, a.value.range, *fixed);
  } else if (first.front() == '$') {
    finding.help("single quotes keep `$` unexpanded: use double quotes, GOPATH=\"{}\"", first);
  } else if (std::isalnum(static_cast<unsigned char>(first.front()))) {
    finding.help("use an absolute path, such as GOPATH=\"$HOME/{}\"", first);
  } else {
    finding.help("use an absolute path, such as GOPATH=\"$HOME/go\"");
  }
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  // What go sees: GOPATH when the last startup file has run.
  const startup::Variable* gopath = ctx.environment().find("GOPATH");
  if (gopath == nullptr) return;
  // The bad elements, by the line that wrote them: one finding per line.
  std::vector<std::pair<const startup::AssignmentStep*, std::vector<std::string>>> lines;
  for (const startup::Value& entry : gopath->value.split(':')) {
    std::optional<std::string> text = entry.text();
    // An empty element is skipped by go (golang/go#21928); an unknown one cannot be judged.
    if (!text || text->empty() || text->front() == '/') continue;
    const startup::AssignmentStep* step =
        ctx.order.trace.assignment_at("GOPATH", entry.pieces().front().origin);
    if (step == nullptr || !ctx.is_user_file(step->at.file)) continue;
    if (ctx.has_syntax_error(step->at, step->range)) continue;  // the shell stops there
    auto line = std::find_if(lines.begin(), lines.end(),
                             [&](const auto& seen) { return seen.first == step; });
    if (line == lines.end()) line = lines.insert(lines.end(), {step, {}});
    line->second.push_back(*text);
  }
  for (const auto& [step, bad] : lines) report(*step, bad, out);
}

}  // namespace

extern constinit const lint::Rule gopath_relative{
    .name = "gopath-relative",
    .severity = Severity::Error,
    .summary = "a GOPATH element is not an absolute path",
    .rationale = R"md(Every element of GOPATH must be an absolute directory. The go command
checks this before anything else and stops (`go build`, `go env`, even `go version`):
"GOPATH entry is relative; must be absolute path", or for an element starting with `~`,
"GOPATH entry cannot start with shell metacharacter '~'". The `~` case is the usual one:
`export GOPATH="~/go"` quotes the tilde, so the shell leaves it alone (bash expands a quoted
`~` in its own PATH lookup, which makes the habit look harmless, but go does not), and so
does `"${GOPATH:-~/go}"`. Write `$HOME` inside quotes, or leave `~` unquoted. An empty
element (`GOPATH=:/x`) is skipped by go and not flagged. This rule owns GOPATH's quoted `~`;
path-tilde-in-quotes does not report it again. Ignoring it is never right: go does not
start.)md",
    .bad_example = "export GOPATH=\"~/go\"\n",
    .good_example = "export GOPATH=\"$HOME/go\"\nexport PATH=\"$GOPATH/bin:$PATH\"\n",
    .example_file = ".zprofile",
    .check = check,
};

}  // namespace rclint::rules
