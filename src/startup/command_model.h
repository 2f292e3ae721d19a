#pragma once

// What rclint knows about commands it never runs. The walk asks this interface; the data and
// its interpreter live a layer up, in simulation/known_commands (dependency inversion: the
// startup model must not reach up, yet which file `source "$(brew --prefix)/…"` names depends
// on it).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "startup/context.h"
#include "startup/static_value.h"
#include "startup/value.h"

namespace rclint::startup {

/// Shell code that stands for a command's effect, run by the walk in place of the command.
struct ModelledCode {
  std::string code;   // shell code (the dialect of the context)
  std::string label;  // "brew shellenv": how provenance names what it set
};

class CommandModel {
 public:
  virtual ~CommandModel() = default;
  /// What `$(argv…)` prints, expanded in `scope` (trailing newlines removed); nullopt: the
  /// command is not known (the value becomes an unknown part).
  virtual std::optional<Value> output(const std::vector<std::string>& argv,
                                      const EvalScope& scope) const = 0;
  /// Code with the effect of `eval "$(argv…)"`; nullopt: not known.
  virtual std::optional<ModelledCode> eval_code(const std::vector<std::string>& argv,
                                                const EvalScope& scope) const = 0;
  /// Code with the effect of sourcing `path`, for files rclint cannot read (outside the home
  /// without --root); nullopt: not known.
  virtual std::optional<ModelledCode> source_code(const std::string& path,
                                                  const EvalScope& scope) const = 0;
  /// Code with the effect of a stock system file that the platform model has no text for.
  virtual std::optional<ModelledCode> stock_code(const Context& context,
                                                 const std::string& path) const = 0;
};

}  // namespace rclint::startup
