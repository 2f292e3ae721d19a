#pragma once

// The filesystem as data, for the audit rules (rules.md batch 2): what a path is, and when it
// is not what the shell needs, why ("/usr/local/go is a symlink to /usr/local/Cellar/go/1.20,
// which does not exist"). Only the paths a rule asks about are looked at, each once; nothing
// is listed, nothing is followed out of curiosity, nothing is run.

#include <map>
#include <optional>
#include <string>

#include "source/file_system.h"
#include "source/source_set.h"

namespace rclint::simulation {

class FileFacts {
 public:
  /// `fs` is the run's view (home and root); `sources` loads the data files a rule reads (the
  /// go env file) so that findings there show their line like any other.
  FileFacts(const source::FileSystem& fs, source::SourceSet& sources);

  /// Follows symlinks (cached).
  const source::FileStatus& status(const std::string& path) const;
  bool is_directory(const std::string& path) const;
  /// Surely not there: absent, a dangling symlink or a loop (not "Permission denied", which
  /// says nothing about what is there).
  bool is_missing(const std::string& path) const;
  /// A regular file with an execute bit: what the shells' PATH lookup accepts.
  bool is_executable_file(const std::string& path) const;
  /// Every symlink resolved; nullopt when a link dangles or loops.
  std::optional<std::string> real_path(const std::string& path) const;
  /// Why `path` is not a directory, said so that the user sees which link in a chain broke
  /// (paths in the home are shown as ~/…):
  /// "does not exist", "is a file, not a directory", "/usr/local/go is a symlink to
  /// /usr/local/go1.20, which does not exist", "does not exist, nor does /opt/go".
  std::string why_not_directory(const std::string& path) const;
  /// Why `path` does not exist, in the same words ("does not exist", "… is a symlink to …").
  std::string why_missing(const std::string& path) const;
  /// The first line of a small text file (a GOROOT's VERSION); nullopt if unreadable.
  std::optional<std::string> first_line(const std::string& path) const;
  /// A data file the run reads (not a startup file), loaded once; null when it is not a
  /// readable regular file.
  const source::SourceFile* data_file(const std::string& path) const;

  const source::FileSystem& file_system() const { return fs_; }

 private:
  const source::FileSystem& fs_;
  source::SourceSet& sources_;
  mutable std::map<std::string, source::FileStatus> status_;
};

}  // namespace rclint::simulation
