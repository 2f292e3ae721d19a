// rules/path_reordered_by_path_helper.cpp: macOS login shells run path_helper, which puts the
// /etc/paths entries first: what a file read before it prepended ends up behind /usr/bin.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

// Where each exact entry first appears: asked for every pair of entries, so looked up, not
// searched (a thousand entries before path_helper once took 100 s).
class Positions {
 public:
  explicit Positions(const std::vector<startup::Value>& entries) {
    for (size_t i = 0; i < entries.size(); ++i) {
      if (auto text = entries[i].text()) first_.try_emplace(*text, i);
    }
  }
  std::optional<size_t> of(const std::string& dir) const {
    auto found = first_.find(dir);
    return found == first_.end() ? std::nullopt : std::optional(found->second);
  }
  // Whether `dir` comes after `other` (both present).
  bool behind(const std::string& dir, const std::string& other) const {
    auto at = of(dir);
    auto other_at = of(other);
    return at && other_at && *other_at < *at;
  }

 private:
  std::unordered_map<std::string, size_t> first_;
};

const startup::AssignmentStep* step_at(const startup::LoadOrder& order,
                                       const startup::Origin& origin) {
  for (const startup::AssignmentStep& step : order.trace.assignments) {
    if (step.at.file == origin.file && step.range.begin == origin.offset) return &step;
  }
  return nullptr;
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  if (ctx.context().platform != startup::Platform::Macos) return;
  const startup::Variable* final_path = ctx.environment().find("PATH");
  if (final_path == nullptr) return;
  Positions at_end(final_path->value.split(':'));
  const std::string& home = ctx.sources.options().home;
  auto shown = [&](std::string path) {
    if (!home.empty() && path.starts_with(home + "/")) path = "~" + path.substr(home.size());
    return path;
  };
  std::set<std::pair<const source::SourceFile*, uint32_t>> reported;
  for (const startup::AssignmentStep& helper : ctx.order.trace.assignments) {
    if (helper.name != "PATH" || helper.at.modelled.find("path_helper") == std::string::npos ||
        !helper.before || !helper.after) {
      continue;
    }
    std::vector<startup::Value> before = helper.before->value.split(':');
    std::vector<std::optional<std::string>> texts;
    for (const startup::Value& entry : before) texts.push_back(entry.text());
    Positions in_before(before);
    Positions after(helper.after->value.split(':'));
    for (size_t i = 0; i < before.size(); ++i) {
      const std::optional<std::string>& dir = texts[i];
      if (!dir || !dir->starts_with('/') || before[i].pieces().empty()) continue;
      const startup::Origin& origin = before[i].pieces().front().origin;
      if (!ctx.is_user_file(origin.file) || in_before.of(*dir) != i) continue;
      // An entry it came before, which path_helper put ahead of it, and which stays ahead.
      std::optional<std::string> overtaken;
      for (size_t j = i + 1; j < before.size() && !overtaken; ++j) {
        const std::optional<std::string>& other = texts[j];
        if (other && *other != *dir && after.behind(*dir, *other) && at_end.behind(*dir, *other)) {
          overtaken = *other;
        }
      }
      if (!overtaken || !reported.insert({origin.file, origin.offset}).second) continue;
      // The system file that runs path_helper (the built-in model has no file of its own).
      std::string reader = helper.at.file != nullptr ? std::string(helper.at.file->path())
                           : ctx.context().shell == startup::Shell::Zsh ? "/etc/zprofile"
                                                                        : "/etc/profile";
      const startup::AssignmentStep* step = step_at(ctx.order, origin);
      source::Range range = step ? step->range : source::Range{origin.offset, origin.offset};
      const source::SourceFile* top = step && step->at.top ? step->at.top : origin.file;
      auto finding = out.report(*origin.file, range,
                                "'{}' ends up behind '{}': path_helper reorders PATH in login "
                                "shells after this line",
                                shown(*dir), *overtaken);
      finding.note(
          "in {}, {} runs path_helper after {}: it puts the /etc/paths entries first and "
          "what was there before after them, so '{}' wins again",
          ctx.context().name(), reader, shown(std::string(top->path())), *overtaken);
      std::string login_file =
          ctx.context().shell == startup::Shell::Zsh ? "~/.zprofile" : "~/.bash_profile";
      if (!origin.note.empty()) {  // a known command's effect: `eval "$(brew shellenv)"`
        finding.help("run it (also) in {}, which login shells read after path_helper", login_file);
      } else if (ctx.context().shell == startup::Shell::Zsh) {
        finding.help(
            "set it (again) in ~/.zprofile, which login shells read after /etc/zprofile: "
            "typeset -U path; path=({} $path)",
            shown(*dir));
      } else {
        finding.help(
            "set it (again) in ~/.bash_profile or ~/.profile, which login shells read after "
            "/etc/profile: PATH=\"{}:$PATH\"",
            shown(*dir));
      }
    }
  }
}

}  // namespace

extern constinit const lint::Rule path_reordered_by_path_helper{
    .name = "path-reordered-by-path-helper",
    .severity = Severity::Warning,
    .summary = "macOS path_helper moves PATH entries set before it behind the /etc/paths ones",
    .rationale = R"md(On macOS, /etc/zprofile (zsh) and /etc/profile (bash, sh) run
`/usr/libexec/path_helper` in login shells, which is every Terminal and iTerm2 window. It
rebuilds PATH as the /etc/paths and /etc/paths.d entries first, then the entries that were
already there. So a directory that ~/.zshenv (read before /etc/zprofile) puts first, such as
Homebrew's or a Go install's `bin`, ends up behind /usr/bin and /usr/local/bin in login shells
only, and the system's `go`, `git` or `python3` wins there, while `zsh -c` sees the right one.
Set PATH in ~/.zprofile (read after /etc/zprofile) instead, or again there. The rule reports
only entries that are still behind at the end of the startup. Ignore it when the system
directories are meant to win.)md",
    .bad_example = "# fixture: platform=macos\nexport PATH=\"/opt/go/bin:$PATH\"\n",
    .good_example =
        "# fixture: platform=macos as=.zprofile\ntypeset -U path\npath=(/opt/go/bin $path)\n",
    .example_file = ".zshenv",
    .check = check,
};

}  // namespace rclint::rules
