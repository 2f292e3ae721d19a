#pragma once

#include <map>
#include <memory>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "cli/app.h"
#include "cli/args.h"
#include "cli/config.h"
#include "lint/rule.h"
#include "simulation/file_facts.h"
#include "simulation/known_commands.h"
#include "source/discovery.h"
#include "source/layout.h"
#include "source/source_set.h"
#include "startup/load_order.h"
#include "syntax/parser.h"

namespace rclint::cli {

/// One analysis of one home: the options resolved (command line over config over defaults),
/// the home mapped through its layout, every context's load order. Built once per run; the
/// language server builds one per change.
/// Everything a Session needs, resolved: no more defaults to pick, no disk to consult.
struct SessionOptions {
  std::string home;          // absolute
  std::string display_base;  // findings name files relative to this (the cwd)
  startup::Platform platform = startup::Platform::Debian;
  std::vector<startup::Context> contexts;  // empty: every context of every shell with files
  bool system_files_from_fs = false;
  bool stat_outside_home = false;          // --fs
  bool filesystem_checks = false;          // auditing the machine, or --fs: batch-2 rules
  std::map<std::string, std::string> env;  // over the platform's login environment
  std::optional<std::string> uid;          // default: the platform's first regular user
  uint64_t max_file_bytes = 2 * 1024 * 1024;
  unsigned threads = 1;  // threads that parse: 1, the walk's own; more parse ahead of it
  std::vector<std::string> named_files;  // FILE arguments as given, with their logical paths
  std::vector<std::string> named_logical;
};

/// What `check` adds on top of the session: the command line's rule selection.
struct CheckOptions {
  std::vector<std::string> select;  // --select
  std::vector<std::string> ignore;  // --ignore
};

class Session {
 public:
  /// Builds the analysis over any FileSystem (a HomeView over the disk, or a MemoryFileSystem in
  /// tests). `fs` must outlive the Session.
  static std::unique_ptr<Session> build(const source::FileSystem& fs, SessionOptions options,
                                        Config config = {});

  /// Fails (usage/config/I-O error, exit 2) when the home, root, config or a context name is
  /// unusable. `known_rules` validates rule names in the config. `buffers` maps absolute paths
  /// to an editor's unsaved content, read instead of the disk's; those outside the home's
  /// startup files are ignored (`unmapped_buffers()` lists them).
  static Result<std::unique_ptr<Session>> open(
      const Args& args, const ProcessEnvironment& environment,
      const std::vector<std::string_view>& known_rules,
      const std::map<std::string, std::string>& buffers = {});

  const Config& config() const { return config_; }
  source::SourceSet& sources() { return *sources_; }
  startup::StartupModel& model() { return *model_; }
  const simulation::KnownCommands& known_commands() const { return *commands_; }
  const std::vector<startup::LoadOrder>& orders() const { return orders_; }
  /// The filesystem as the audit rules see it; null when filesystem checks are off.
  const simulation::FileFacts* file_facts() const { return facts_.get(); }
  /// Notes for stderr: layout notes (chezmoi templates skipped …), named files outside the home.
  const std::string& messages() const { return messages_; }
  /// Runs `rules` in every context and returns the findings to report: suppressions, config
  /// and command-line selection applied, merged across contexts, sorted, limited to the named
  /// files.
  std::vector<Diagnostic> check(std::span<const lint::Rule* const> rules,
                                const CheckOptions& options);
  /// With FILE arguments, keeps only the findings located in those files (spec §1).
  std::vector<Diagnostic> only_named_files(std::vector<Diagnostic> diagnostics) const;
  /// The absolute path on disk of the file findings call `display` (in a stow or chezmoi
  /// repository, the repository's file); nullopt for a file the session did not read.
  std::optional<std::string> physical_path(std::string_view display) const;
  /// The buffers given to open() that are no startup file of the home.
  const std::vector<std::string>& unmapped_buffers() const { return unmapped_buffers_; }

 private:
  Session() = default;
  Result<bool> resolve(const Args& args, const ProcessEnvironment& environment,
                       const std::vector<std::string_view>& known_rules,
                       const std::map<std::string, std::string>& buffers);
  void analyze(const source::FileSystem& fs, const SessionOptions& options);

  Config config_;
  source::RealFileSystem disk_;
  std::unique_ptr<source::HomeView> view_;
  std::unique_ptr<source::OverlayFileSystem> overlay_;  // --stdin-filename, editor buffers
  std::vector<std::string> unmapped_buffers_;
  std::unique_ptr<source::SourceSet> sources_;
  syntax::Parser parser_;
  // After sources_: its workers read the files, so they stop before the files go.
  std::unique_ptr<syntax::ParseAhead> ahead_;
  std::unique_ptr<simulation::KnownCommands> commands_;
  std::unique_ptr<startup::StartupModel> model_;
  std::unique_ptr<simulation::FileFacts> facts_;
  std::vector<startup::LoadOrder> orders_;
  std::set<std::string> named_files_;  // display names of the FILE arguments
  bool has_named_files_ = false;
  std::string messages_;
};

}  // namespace rclint::cli
