#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "cli/app.h"
#include "cli/args.h"
#include "cli/config.h"
#include "source/layout.h"
#include "source/source_set.h"
#include "startup/load_order.h"
#include "syntax/parser.h"

namespace rclint::cli {

/// One analysis of one home: the options resolved (command line over config over defaults),
/// the home mapped through its layout, every context's load order. Built once per run; the
/// language server will build one per change.
class Session {
 public:
  /// Fails (usage/config/I-O error, exit 2) when the home, root, config or a context name is
  /// unusable. `known_rules` validates rule names in the config.
  static Result<std::unique_ptr<Session>> open(const Args& args,
                                               const ProcessEnvironment& environment,
                                               const std::vector<std::string_view>& known_rules);

  const Config& config() const { return config_; }
  source::SourceSet& sources() { return *sources_; }
  startup::StartupModel& model() { return *model_; }
  const std::vector<startup::LoadOrder>& orders() const { return orders_; }
  /// Notes for stderr: layout notes (chezmoi templates skipped …), named files outside the home.
  const std::string& messages() const { return messages_; }
  /// With FILE arguments, keeps only the findings located in those files (spec §1).
  std::vector<Diagnostic> only_named_files(std::vector<Diagnostic> diagnostics) const;

 private:
  Session() = default;
  Result<bool> resolve(const Args& args, const ProcessEnvironment& environment,
                       const std::vector<std::string_view>& known_rules);

  Config config_;
  source::RealFileSystem disk_;
  std::unique_ptr<source::HomeView> view_;
  std::unique_ptr<source::SourceSet> sources_;
  syntax::Parser parser_;
  std::unique_ptr<startup::StartupModel> model_;
  std::vector<startup::LoadOrder> orders_;
  std::set<std::string> named_files_;  // display names of the FILE arguments
  bool has_named_files_ = false;
  std::string messages_;
};

}  // namespace rclint::cli
