#pragma once

#include "startup/context.h"
#include "startup/static_value.h"
#include "syntax/statement.h"

namespace rclint::startup {

/// The outcome of a test when rclint can tell without running anything.
enum class Truth { False, True, Unknown };

Truth negate(Truth truth);

/// What a condition may be decided from.
struct ConditionScope {
  const Context* context = nullptr;
  EvalScope values;
  /// Paths that rclint may look up in `values.fs` (the home always; the root only when it is
  /// an input). Others make file tests Unknown.
  bool (*may_stat)(const std::string& path, const void* data) = nullptr;
  const void* may_stat_data = nullptr;
};

/// Decides the exit status of a condition list (`if COND`, `COND && …`): the status of its
/// last statement. Knows `[ … ]`/`test`/`[[ … ]]` with -z/-n/=/==/!=/-f/-r/-e/-d/-s/-x/-o,
/// `$-` and `$PS1` (set in interactive shells), $ZSH_VERSION/$BASH_VERSION, $OSTYPE,
/// `true`/`false`, `!` and `case`-free command lists. Anything else is Unknown.
Truth decide(const syntax::Block& condition, const ConditionScope& scope);

/// Decides whether `case SUBJECT` selects the item with `patterns`; Unknown if the subject is.
Truth case_matches(const syntax::Word& subject, const std::vector<syntax::Word>& patterns,
                   const ConditionScope& scope);

/// The value of special parameters in a context: `$-` ("i" in interactive shells, plus
/// flags we do not model → only "contains i" is meaningful), $ZSH_VERSION, $BASH_VERSION,
/// $OSTYPE, $PS1 (set by interactive shells). Seeds a StaticEnv.
void seed_shell_parameters(const Context& context, StaticEnv& env);

}  // namespace rclint::startup
