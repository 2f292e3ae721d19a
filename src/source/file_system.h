#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/result.h"

namespace rclint::source {

enum class FileType { Missing, Regular, Directory, Symlink, Other };

/// What a path is. `error` explains Missing when it is not simply absent
/// ("symlink loop", "dangling symlink to /x", "Permission denied").
struct FileStatus {
  FileType type = FileType::Missing;
  uint64_t size = 0;
  bool readable = false;
  bool executable = false;
  std::string error;
  bool exists() const { return type != FileType::Missing; }
};

/// Read-only access to files by absolute POSIX path. Everything rclint reads goes through
/// one of these: the real disk, an in-memory tree for tests, or a dotfiles layout mapped
/// onto a home (layout.h). Implementations never throw.
class FileSystem {
 public:
  virtual ~FileSystem() = default;
  /// Follows symlinks. A dangling symlink or a loop is Missing with `error` set.
  virtual FileStatus status(const std::string& path) const = 0;
  /// Does not follow a final symlink (type Symlink).
  virtual FileStatus link_status(const std::string& path) const = 0;
  /// The target of a symlink, as stored; nullopt if `path` is not a symlink.
  virtual std::optional<std::string> read_link(const std::string& path) const = 0;
  /// The whole content of a regular file. Fails (with a user-facing message) when it is
  /// missing, not a regular file, unreadable, or larger than `max_bytes`.
  virtual Result<std::string> read(const std::string& path, uint64_t max_bytes) const = 0;
  /// Names of the entries of a directory, sorted bytewise; empty if not a directory.
  virtual std::vector<std::string> list(const std::string& path) const = 0;
  /// Where the bytes of `path` really are (a dotfiles layout maps ~/.zshrc to zsh/.zshrc).
  virtual std::string physical_path(const std::string& path) const { return path; }
};

/// The real disk, read through std::filesystem's error_code overloads and POSIX calls.
class RealFileSystem final : public FileSystem {
 public:
  FileStatus status(const std::string& path) const override;
  FileStatus link_status(const std::string& path) const override;
  std::optional<std::string> read_link(const std::string& path) const override;
  Result<std::string> read(const std::string& path, uint64_t max_bytes) const override;
  std::vector<std::string> list(const std::string& path) const override;
};

/// A tree held in memory, for tests and fuzzing: files, directories (implied by the files
/// under them or added explicitly), symlinks and unreadable files.
class MemoryFileSystem final : public FileSystem {
 public:
  void add_file(const std::string& path, std::string content);
  void add_directory(const std::string& path);
  void add_symlink(const std::string& path, std::string target);
  void make_unreadable(const std::string& path);
  void make_executable(const std::string& path);

  FileStatus status(const std::string& path) const override;
  FileStatus link_status(const std::string& path) const override;
  std::optional<std::string> read_link(const std::string& path) const override;
  Result<std::string> read(const std::string& path, uint64_t max_bytes) const override;
  std::vector<std::string> list(const std::string& path) const override;

 private:
  /// Resolves symlinks in every component; nullopt on a loop or a dangling link.
  std::optional<std::string> resolve(const std::string& path, bool follow_last,
                                     std::string* error) const;
  std::map<std::string, std::string> files_;
  std::map<std::string, std::string> links_;
  std::set<std::string> directories_{"/"};
  std::set<std::string> unreadable_;
  std::set<std::string> executable_;
};

/// `base` with some files' content replaced (or added): an editor's unsaved buffers (stdin, or
/// the documents a language client has open), linted as the files they will be saved as.
/// `files` maps absolute paths to content. `base` must outlive it.
class OverlayFileSystem final : public FileSystem {
 public:
  OverlayFileSystem(const FileSystem& base, const std::map<std::string, std::string>& files);
  FileStatus status(const std::string& path) const override;
  FileStatus link_status(const std::string& path) const override;
  std::optional<std::string> read_link(const std::string& path) const override;
  Result<std::string> read(const std::string& path, uint64_t max_bytes) const override;
  std::vector<std::string> list(const std::string& path) const override;
  std::string physical_path(const std::string& path) const override;

 private:
  /// The overlaid content of `path`, or null.
  const std::string* overlaid(const std::string& path) const;
  const FileSystem& base_;
  std::map<std::string, std::string> files_;  // normalized path → content
};

/// Resolves the symlinks of `path` one component at a time, as the kernel does: `target_of(p)`
/// gives the stored target when `p` (whose parents are resolved already) is a symlink. A
/// relative target counts from the link's directory, an absolute one from the tree's own `/`.
/// nullopt, with `error` "symlink loop", past 40 links.
std::optional<std::string> resolve_symlinks(
    const std::string& path, bool follow_last,
    const std::function<std::optional<std::string>(const std::string&)>& target_of,
    std::string* error);

/// Path helpers (pure string functions on absolute POSIX paths).
namespace path {
/// Removes `.`, `..` and duplicate slashes lexically ("/a/./b/../c//d" → "/a/c/d").
std::string normalize(const std::string& path);
/// "/a/b" + "c" → "/a/b/c"; an absolute `relative` is returned as is.
std::string join(const std::string& base, const std::string& relative);
/// "/a/b/c" → "/a/b"; "/a" → "/".
std::string parent(const std::string& path);
/// "/a/b/c" → "c".
std::string base_name(const std::string& path);
/// Is `path` equal to `dir` or under it?
bool is_within(const std::string& path, const std::string& dir);
/// `path` relative to `dir` when under it ("/h/.zshrc" in "/h" → ".zshrc"), else `path`.
std::string relative_to(const std::string& path, const std::string& dir);
}  // namespace path

}  // namespace rclint::source
