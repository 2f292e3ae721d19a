// rules/gopath_is_goroot.cpp: GOPATH (or one of its elements) is GOROOT, which go ignores.
#include <algorithm>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

// Go's filepath.Clean, lexically: `//` and `/./` collapse, `..` removes the element before,
// no trailing `/`.
std::string clean(std::string_view path) {
  bool absolute = path.starts_with("/");
  std::vector<std::string_view> parts;
  for (size_t start = 0; start <= path.size();) {
    size_t cut = path.find('/', start);
    if (cut == std::string_view::npos) cut = path.size();
    std::string_view part = path.substr(start, cut - start);
    start = cut + 1;
    if (part.empty() || part == ".") continue;
    if (part == ".." && !parts.empty() && parts.back() != "..") {
      parts.pop_back();
    } else if (part != ".." || !absolute) {
      parts.push_back(part);
    }
  }
  std::string out = absolute ? "/" : "";
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += '/';
    out += parts[i];
  }
  return out.empty() ? "." : out;
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  // What go sees when the last startup file has run; both values known exactly.
  const startup::Variable* gopath = ctx.environment().find("GOPATH");
  const startup::Variable* goroot = ctx.environment().find("GOROOT");
  if (gopath == nullptr || goroot == nullptr) return;
  std::optional<std::string> root = goroot->value.text();
  if (!root || root->empty()) return;
  std::vector<startup::Value> entries = gopath->value.split(':');
  std::vector<const startup::AssignmentStep*> reported;  // one finding per line
  for (const startup::Value& entry : entries) {
    std::optional<std::string> text = entry.text();
    if (!text || text->empty() || clean(*text) != clean(*root)) continue;
    const startup::AssignmentStep* step =
        ctx.order.trace.assignment_at("GOPATH", entry.pieces().front().origin);
    if (step == nullptr || !ctx.is_user_file(step->at.file)) continue;
    if (ctx.has_syntax_error(step->at, step->range)) continue;  // the shell stops there
    if (std::find(reported.begin(), reported.end(), step) != reported.end()) continue;
    reported.push_back(step);
    // cmd/go warns when the whole GOPATH is GOROOT; go/build skips such an element silently.
    bool whole = entries.size() == 1;
    auto finding =
        whole ? out.report(*step->at.file, step->range,
                           "GOPATH is GOROOT ('{}'): go ignores it and warns \"GOPATH set to "
                           "GOROOT has no effect\"",
                           *text)
              : out.report(*step->at.file, step->range,
                           "GOPATH element '{}' is GOROOT: go ignores it", *text);
    if (goroot->set_at.file != nullptr && ctx.is_user_file(goroot->set_at.file)) {
      finding.note_at(*goroot->set_at.file, {goroot->set_at.offset, goroot->set_at.offset},
                      "GOROOT is set to '{}' here", *root);
    }
    finding.note(
        "GOROOT holds the Go installation; GOPATH is your own workspace (the module cache, "
        "`go install` binaries in its bin)");
    finding.help(
        "point GOPATH elsewhere (GOPATH=\"$HOME/go\"), or remove the line: the default is "
        "~/go");
  }
}

}  // namespace

extern constinit const lint::Rule gopath_is_goroot{
    .name = "gopath-is-goroot",
    .severity = Severity::Error,
    .summary = "GOPATH is set to GOROOT",
    .rationale = R"md(GOROOT is where Go itself is installed; GOPATH is the user's workspace:
the module cache (`$GOPATH/pkg/mod`) and the binaries of `go install` (`$GOPATH/bin`). Set
to the same directory, go ignores GOPATH and warns "GOPATH set to GOROOT (…) has no effect"
on every command; as one element of a longer GOPATH, go/build skips it silently. Old
install guides wrote `export GOPATH=$GOROOT`; the default (`~/go`) is what nearly everybody
wants. rclint compares the values the shell ends with, cleaned like go cleans paths
(`/usr/local/go/` is `/usr/local/go`), when both are known exactly. Ignoring it is never
right: the setting does nothing.)md",
    .bad_example = "export GOROOT=/usr/local/go\nexport GOPATH=/usr/local/go\n",
    .good_example = "export GOPATH=\"$HOME/go\"\nexport PATH=\"$GOPATH/bin:$PATH\"\n",
    .example_file = ".zprofile",
    .check = check,
};

}  // namespace rclint::rules
