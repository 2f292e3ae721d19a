#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "source/file_system.h"
#include "startup/context.h"
#include "syntax/dialect.h"

namespace rclint::startup {

struct LoadOrder;

/// One thing a shell reads at startup, before anything it sources (startup-order.md §1).
struct StartupStep {
  bool system = false;
  std::string path;                     // system steps: the absolute path
  std::vector<std::string> user_files;  // user steps: names under the home (or $ZDOTDIR)
  bool first_existing = false;          // bash login: only the first of the list that exists
  bool uses_zdotdir = false;            // zsh user files live in $ZDOTDIR when it is set
  std::string variable;                 // "BASH_ENV" / "ENV": the file named by a variable
  bool needs_rcs = false;               // zsh: skipped once `unsetopt RCS` ran
  bool zsh_newuser = false;             // zsh's new-user script: only when Z has no dotfile
  std::string reason;                   // "{}" is replaced by the file's short name

  std::string reason_for(const std::string& path, const std::string& short_name) const;
};

/// The startup steps of a context, in order.
std::vector<StartupStep> startup_steps(const Context& context);

/// The files the startup steps of `contexts` name before any file runs, each with the dialect
/// its context reads it in, in the order the walks reach them: what to parse ahead
/// (syntax/parse_ahead.h). `env` is the starting environment ($ZDOTDIR); system files only
/// when they come from the file system; of bash's login profiles, the first in `fs`. Some may
/// not exist.
std::vector<std::pair<std::string, syntax::Dialect>> startup_files_ahead(
    const std::vector<Context>& contexts, const std::string& home,
    const std::map<std::string, std::string>& env, bool system_files_from_fs,
    const source::FileSystem& fs);

/// Does the platform's stock install ship this system file? (Used when no --root is given.)
bool stock_file_exists(Platform platform, const std::string& path);

/// A file a stock system file sources in this context.
struct StockSource {
  std::string path;
  std::string reason;
};
std::vector<StockSource> stock_sources(const Context& context, const std::string& path);

/// The home's startup files that exist but `order` does not read, each with why.
struct SkippedFile;
std::vector<SkippedFile> files_not_read(const Context& context, const LoadOrder& order,
                                        const source::FileSystem& fs, const std::string& home);

}  // namespace rclint::startup
