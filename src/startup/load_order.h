#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "source/source_set.h"
#include "startup/command_model.h"
#include "startup/context.h"
#include "startup/static_value.h"
#include "startup/trace.h"
#include "syntax/parse_ahead.h"
#include "syntax/parser.h"

namespace rclint::startup {

/// A `source`/`.` statement: where it is.
struct SourceSite {
  const source::SourceFile* file = nullptr;
  source::Range range;
};

/// One file a context reads, in order.
struct LoadedFile {
  std::string path;                          // absolute, as the shell sees it
  const source::SourceFile* file = nullptr;  // null: the built-in platform model, or unreadable
  const syntax::ParsedFile* parsed = nullptr;
  std::string reason;        // "zsh reads ~/.zprofile in login shells"
  bool builtin = false;      // the platform's stock file, modelled as data
  bool conditional = false;  // read only if a test rclint cannot decide holds
  int depth = 0;             // 0: read by the shell itself; 1+: sourced
  std::optional<SourceSite> sourced_from;
};

/// A `source` whose file rclint cannot name without running the shell.
struct UnresolvedSource {
  SourceSite site;
  std::string why;
};

/// A `source` of a file that does not exist.
struct MissingSource {
  SourceSite site;
  std::string path;
  bool guarded = false;  // behind a test rclint could not decide (`[ -f X ] && . X`), or
                         // its error thrown away (`source X 2>/dev/null`, not in dash)
};

/// Files sourcing each other in a loop: `chain[i]` sources the file that holds `chain[i+1]`,
/// and the last one sources the file holding `chain[0]` again.
struct SourceCycle {
  std::vector<SourceSite> chain;
  std::string reentered;  // the file read again
};

/// A startup file that exists but this context does not read, and why.
struct SkippedFile {
  std::string path;
  std::string why;
};

struct LoadOrder {
  Context context;
  std::vector<LoadedFile> files;
  std::vector<UnresolvedSource> unresolved;
  std::vector<MissingSource> missing;
  std::vector<SourceCycle> cycles;
  std::vector<SkippedFile> not_read;
  /// The variables when the last startup file has run (the simulation's result).
  StaticEnv environment;
  /// Each statement, assignment and variable read along the way, in order.
  Trace trace;
};

struct ModelOptions {
  std::string home;  // absolute
  bool system_files_from_fs =
      false;                       // --root given (or auditing /): read /etc from the file system
  bool stat_outside_home = false;  // --fs: tests like `[ -d /usr/local/go ]` look at the disk
  std::map<std::string, std::string> env;  // the environment the shell starts with (exported)
  std::string uid = "1000";                // what `id -u`, $UID and $EUID give
  const CommandModel* commands = nullptr;  // known commands; null: every command is unknown
};

/// Computes which files each context reads, parsing (and caching) every file it reaches.
class StartupModel {
 public:
  /// `ahead`, when given, parses the files the walks will probably read on other threads.
  StartupModel(source::SourceSet& sources, syntax::Parser& parser, ModelOptions options,
               syntax::ParseAhead* ahead = nullptr);
  ~StartupModel();

  LoadOrder order(const Context& context);
  /// The same, for a shell started with `env` instead of ModelOptions::env: a nested shell,
  /// which inherits what its parent exported.
  LoadOrder order(const Context& context, const std::map<std::string, std::string>& env);

  /// `file` parsed as `dialect` reads it (cached for the run).
  const syntax::ParsedFile& parsed(const source::SourceFile& file, syntax::Dialect dialect);
  /// A hint: the walk will probably read `path` as `dialect` soon, so it may be parsed ahead
  /// (parse_ahead.h). Nothing happens without a ParseAhead, or when it is parsed already.
  void parse_ahead(const std::string& path, syntax::Dialect dialect);
  /// Whether parse_ahead() may do anything (a ParseAhead with workers), so that the walk
  /// spends nothing on hints otherwise.
  bool parses_ahead() const { return ahead_ != nullptr && ahead_->takes_requests(); }
  /// A piece of `file` (the code string of `emulate sh -c '…'`) parsed on its own (cached).
  const syntax::ParsedFile& parsed_fragment(const source::SourceFile& file, source::Range range,
                                            syntax::Dialect dialect);

  /// Code that stands for a known command's effect (`label` names it), parsed once.
  const syntax::ParsedFile& parsed_code(const std::string& label, const std::string& code,
                                        syntax::Dialect dialect);

  const ModelOptions& options() const { return options_; }
  source::SourceSet& sources() { return sources_; }

 private:
  source::SourceSet& sources_;
  syntax::Parser& parser_;
  ModelOptions options_;
  syntax::ParseAhead* ahead_;
  std::map<std::pair<source::FileId, syntax::Dialect>, std::unique_ptr<syntax::ParsedFile>> cache_;
  std::map<std::tuple<source::FileId, syntax::Dialect, uint32_t>,
           std::unique_ptr<syntax::ParsedFile>>
      fragments_;
  std::map<std::pair<std::string, syntax::Dialect>,
           std::pair<std::unique_ptr<source::SourceFile>, std::unique_ptr<syntax::ParsedFile>>>
      modelled_;
};

}  // namespace rclint::startup
