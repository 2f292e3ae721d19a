#pragma once

#include <fmt/format.h>

#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "simulation/file_facts.h"
#include "simulation/known_commands.h"
#include "source/source_set.h"
#include "startup/load_order.h"

namespace rclint::lint {

/// The load orders of a run, by context, computed on demand: a rule checking zsh:login may
/// ask what zsh:script does, even when the user asked for zsh:login only.
class Orders {
 public:
  Orders(startup::StartupModel& model, const std::vector<startup::LoadOrder>& given);
  /// The order of `shell` started in `mode` on `platform` (computed once per run).
  const startup::LoadOrder& of(const startup::Context& context);
  /// The order of a shell of the same kind started from `parent`'s final exported variables
  /// (its exact ones): `zsh` typed inside zsh, a tmux pane, an editor's terminal.
  const startup::LoadOrder& nested(const startup::LoadOrder& parent);

 private:
  startup::StartupModel& model_;
  std::map<std::string, const startup::LoadOrder*> given_;
  std::map<std::string, std::unique_ptr<startup::LoadOrder>> computed_;
  std::map<std::string, std::unique_ptr<startup::LoadOrder>> nested_;
};

/// Everything a rule may look at for one context (one shell started one way): the files it
/// reads, in order, what ran (order.trace), the final variables (order.environment), and
/// every file of the run. Rules read; they change nothing.
struct Context {
  const startup::LoadOrder& order;
  const source::SourceSet& sources;
  startup::StartupModel& model;            // parsed files in another dialect
  Orders& orders;                          // other contexts' orders
  const simulation::KnownCommands& known;  // the data: toolchain variables, go installs
  /// The filesystem, for the audit rules (rules.md batch 2); null when filesystem checks are
  /// off (`--home` without `--fs`): those rules then report nothing.
  const simulation::FileFacts* disk = nullptr;

  const startup::Context& context() const { return order.context; }
  const startup::StaticEnv& environment() const { return order.environment; }
  /// A file of the home: findings are reported only there (spec §1: the stock system files
  /// are modelled, and a --root's files are the system's, not the user's).
  bool is_user_file(const source::SourceFile* file) const;
  /// A file the audit rules report in: one of the home or, when rclint looks at the disk, a
  /// real system file (an /etc/profile.d/go.sh exporting a GOROOT that is gone breaks go as
  /// surely as ~/.zshrc would). Never a stock file modelled without text.
  bool is_audited_file(const source::SourceFile* file) const {
    return is_user_file(file) || (file != nullptr && disk != nullptr);
  }
  /// Does a syntax error of the file being read at `at` start inside `range` (a statement)?
  /// The shell does not run such a statement the way the walk does: an unclosed quote
  /// swallows the lines after it, and the shell stops there.
  bool has_syntax_error(const startup::TracePoint& at, source::Range range) const;
  /// Child processes (go, an IDE's tasks) see the value `step` wrote: exported by that line,
  /// or by a later `export NAME` while the value is still the one it wrote.
  bool reaches_children(const startup::AssignmentStep& step) const;
  /// The load order of another context of this platform.
  const startup::LoadOrder& order_of(startup::Shell shell, startup::Mode mode) const {
    return orders.of({shell, mode, context().platform});
  }
};

/// A finding being built; `Reporter::report` returns one to add notes, help and a fix.
class Finding {
 public:
  explicit Finding(Diagnostic& diagnostic) : diagnostic_(diagnostic) {}
  template <typename... Args>
  Finding& note(fmt::format_string<Args...> format, Args&&... args) {
    diagnostic_.notes.push_back({std::nullopt, fmt::format(format, std::forward<Args>(args)...)});
    return *this;
  }
  template <typename... Args>
  Finding& note_at(const source::SourceFile& file, source::Range range,
                   fmt::format_string<Args...> format, Args&&... args) {
    diagnostic_.notes.push_back(
        {file.location(range), fmt::format(format, std::forward<Args>(args)...)});
    return *this;
  }
  template <typename... Args>
  Finding& help(fmt::format_string<Args...> format, Args&&... args) {
    diagnostic_.help = fmt::format(format, std::forward<Args>(args)...);
    return *this;
  }
  Finding& fix(const source::SourceFile& file, source::Range range, std::string replacement) {
    diagnostic_.fix = Fix{file.location(range), std::move(replacement)};
    return *this;
  }

 private:
  Diagnostic& diagnostic_;
};

/// Collects one rule's findings in one context, so a rule cannot report under another name.
class Reporter {
 public:
  Reporter(std::string_view rule, Severity severity, std::string context_name,
           std::vector<Diagnostic>& out)
      : rule_(rule), severity_(severity), context_(std::move(context_name)), out_(out) {}

  template <typename... Args>
  Finding report(const source::SourceFile& file, source::Range range,
                 fmt::format_string<Args...> format, Args&&... args) {
    return report_at(file.location(range), fmt::format(format, std::forward<Args>(args)...));
  }
  /// A finding with a severity other than the rule's default (path-overwrite is an error only
  /// when /usr/bin is lost).
  template <typename... Args>
  Finding report_as(Severity severity, const source::SourceFile& file, source::Range range,
                    fmt::format_string<Args...> format, Args&&... args) {
    return report_with(severity, file.location(range),
                       fmt::format(format, std::forward<Args>(args)...));
  }
  /// For findings about a place that is not a range of a parsed file (a file that could not
  /// be read at all): `where` is used as given.
  Finding report_at(Location where, std::string message);
  /// Overrides the rule's default severity for this finding (e.g. path-overwrite is an error
  /// only when /usr/bin is lost).
  Finding report_with(Severity severity, Location where, std::string message);

 private:
  std::string_view rule_;
  Severity severity_;
  std::string context_;
  std::vector<Diagnostic>& out_;
};

/// A rule: its metadata and its check (style.md §3).
struct Rule {
  std::string_view name;
  Severity severity = Severity::Warning;
  std::string_view summary;
  std::string_view rationale;  // Markdown; ends with when ignoring the rule is right
  std::string_view bad_example;
  std::string_view good_example;
  /// The home file the examples are read as, and the context they are checked in.
  std::string_view example_file = ".zshrc";
  /// Another home file both examples need, with its text (bash-profile-skips-bashrc needs a
  /// ~/.bashrc beside the ~/.bash_profile it shows); empty: none.
  std::string_view example_beside_file = {};
  std::string_view example_beside_text = {};
  void (*check)(const Context&, Reporter&) = nullptr;
};

}  // namespace rclint::lint
