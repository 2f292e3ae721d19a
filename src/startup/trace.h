#pragma once

// What the walk did, step by step, for the rules that need more than the final variables:
// each statement of a file that ran, each assignment with the variable before and after it,
// and each variable read with whether the variable was set at that moment. Every event has a
// sequence number, so that rules can tell what happened first along one context.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "source/source_file.h"
#include "startup/static_value.h"
#include "syntax/statement.h"

namespace rclint::startup {

/// Where an event happened along the walk. `file` is the file being read (null: the
/// platform's built-in model); `top` is the file the shell itself read (depth 0) that led
/// there, e.g. ~/.zshenv for a file ~/.zshenv sources.
struct TracePoint {
  size_t sequence = 0;
  const source::SourceFile* file = nullptr;
  const source::SourceFile* top = nullptr;
  size_t file_index = 0;     // into LoadOrder::files: the file being read
  bool conditional = false;  // behind a test rclint could not decide (may not run)
  bool in_function = false;  // inside a shell function call
  std::string modelled;      // non-empty: the effect of a known command ("brew shellenv"),
                             // and `file`/range are the line that ran it
};

/// A statement of a file that ran (or may have run: `at.conditional`) in this context. A
/// statement in a loop or a function called twice appears once per run.
struct RanStatement {
  TracePoint at;
  const syntax::Statement* statement = nullptr;
  bool stdout_captured = false;  // a pipeline stage before the last, or inside a redirected
                                 // group: its output does not reach the terminal
};

/// One change to a variable: an assignment, `export NAME`, `typeset -U`, `read`, a known
/// command's effect.
struct AssignmentStep {
  TracePoint at;
  std::string name;                            // the scalar: PATH for zsh's `path=(…)`
  const syntax::Assignment* syntax = nullptr;  // null: not an assignment statement
  source::Range range;                         // the statement
  std::optional<Variable> before;              // nullopt: unset
  std::optional<Variable> after;               // nullopt: unset
};

/// A `$NAME` (or `${NAME…}`) in a statement that ran.
struct VariableRead {
  enum class State { Unset, MaybeUnset, Set };
  TracePoint at;
  std::string name;
  source::Range range;   // the expansion
  std::string op;        // the expansion's operator (":-" in ${X:-y}); "" for plain $X
  bool in_test = false;  // inside `[ … ]`/`[[ … ]]` or a `case` subject: a check, not a use
  State state = State::Set;
};

struct Trace {
  std::vector<RanStatement> statements;
  std::vector<AssignmentStep> assignments;
  std::vector<VariableRead> reads;

  /// The last assignment statement to `name` written at `origin` (a piece's origin: the line
  /// that put that text into the variable), where findings about the value belong; null when
  /// no assignment statement with a value did (the starting environment, a known command's
  /// effect, or `export "$1=$2"` in a helper like oh-my-zsh's env_default, whose text comes
  /// from its caller).
  /// The last step changing `name` whose statement holds `origin`: where a PATH entry was
  /// written (inside `export PATH="$HOME/bin:$PATH"`, or the `eval "$(brew shellenv)"` line of
  /// a known command's effect); null for the starting environment.
  const AssignmentStep* assignment_around(const std::string& name, const Origin& origin) const {
    if (origin.file == nullptr) return nullptr;
    for (auto step = assignments.rbegin(); step != assignments.rend(); ++step) {
      if (step->name == name && step->at.file == origin.file &&
          step->range.begin <= origin.offset && origin.offset < step->range.end) {
        return &*step;
      }
    }
    return nullptr;
  }

  const AssignmentStep* assignment_at(const std::string& name, const Origin& origin) const {
    for (auto step = assignments.rbegin(); step != assignments.rend(); ++step) {
      if (step->name == name && step->syntax != nullptr && step->at.file == origin.file &&
          step->range.begin == origin.offset) {
        return step->syntax->has_value ? &*step : nullptr;
      }
    }
    return nullptr;
  }
};

}  // namespace rclint::startup
