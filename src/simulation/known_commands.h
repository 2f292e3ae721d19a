#pragma once

// The known commands (rules.md "Known commands"): the data of known_commands.toml, and the
// small interpreter that matches a command against it and fills in its placeholders. The walk
// (startup/walker) runs the resulting code as it runs the startup files.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "simulation/go_installs.h"
#include "source/file_system.h"
#include "startup/command_model.h"

namespace rclint::simulation {

class KnownCommands final : public startup::CommandModel {
 public:
  /// `data`: the TOML text (known_commands.toml); `fs` holds the go env file and, when
  /// `etc_from_fs`, gives /etc/paths for path_helper.
  static Result<std::unique_ptr<KnownCommands>> parse(std::string_view data,
                                                      const source::FileSystem& fs,
                                                      bool etc_from_fs);
  /// The data compiled into rclint.
  static std::unique_ptr<KnownCommands> builtin(const source::FileSystem& fs, bool etc_from_fs);
  ~KnownCommands() override;

  std::optional<startup::Value> output(const std::vector<std::string>& argv,
                                       const startup::EvalScope& scope) const override;
  std::optional<startup::ModelledCode> eval_code(const std::vector<std::string>& argv,
                                                 const startup::EvalScope& scope) const override;
  std::optional<startup::ModelledCode> source_code(const std::string& path,
                                                   const startup::EvalScope& scope) const override;
  std::optional<startup::ModelledCode> stock_code(const startup::Context& context,
                                                  const std::string& path) const override;

  /// The environment a login starts with on `platform` (exported variables).
  std::map<std::string, std::string> login_environment(startup::Platform platform) const;
  /// rules.md "Toolchain variables", in the data's order.
  const std::vector<std::string>& toolchain_variables() const;
  /// The known go installs ([[go_install]]).
  const GoInstalls& go_installs() const;

  struct Data;

 private:
  KnownCommands(std::unique_ptr<Data> data, const source::FileSystem& fs, bool etc_from_fs);
  std::unique_ptr<Data> data_;
  const source::FileSystem& fs_;
  bool etc_from_fs_;
  // Commands whose output is being computed: `go env GOROOT` names itself as its unknown part.
  mutable std::vector<std::vector<std::string>> active_;
};

}  // namespace rclint::simulation
