#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "source/file_system.h"

namespace rclint::source {

/// How a dotfiles directory maps onto the home it stands for (`--layout`).
enum class LayoutKind { Auto, Plain, Stow, Chezmoi };

/// "auto", "plain", "stow", "chezmoi" → the kind; nullopt for any other name.
std::optional<LayoutKind> parse_layout_kind(std::string_view name);
std::string_view to_string(LayoutKind kind);

/// detect_layout() is in discovery.h.

/// Something about the layout the user should hear of: a chezmoi template that is not analyzed,
/// two stow packages providing the same file, a bound hit while reading the directory.
struct LayoutNote {
  std::string physical_path;  // the file or directory the note is about, where it really is
  std::string message;        // complete, lowercase, user-facing
  std::string logical_path;   // the home path it would have had (absolute), or empty
};

/// Bounds on the one walk of a stow or chezmoi directory (or a mapped directory), so that a
/// huge or cyclic tree cannot stall the run. Symlinks are never followed by the walk.
struct WalkLimits {
  size_t max_entries = 20'000;
  int max_depth = 12;
};

struct HomeViewOptions {
  std::string home;       // the logical home, absolute: what `~` means to the shells
  std::string directory;  // the physical dotfiles directory, absolute (usually equal to `home`)
  LayoutKind kind = LayoutKind::Plain;  // never Auto: call detect_layout() first
  /// `[files]`: repo-relative physical path → home-relative logical name ("shell/zshrc" →
  /// ".zshrc"; "~/.zshrc" is accepted too). A mapped directory brings its whole tree.
  std::map<std::string, std::string> mapping;
  std::string root = "/";  // plays `/` for every path outside the home (`--root`)
  WalkLimits limits;
};

/// A FileSystem that shows a dotfiles directory as the home. Paths inside `home` are looked up
/// through the layout; all other paths are read from `base` under `root` (with root "/tmp/r",
/// /etc/profile is read from /tmp/r/etc/profile). A symlink the layout maps is resolved by
/// `base` at its physical place, as it would be once stow or chezmoi installed it.
///
/// Plain maps `home` to `directory` one to one, without reading the directory up front (the
/// real $HOME can be huge). Stow and chezmoi walk the directory once, at construction, and
/// build the logical tree: a path in the home that the layout does not provide is Missing.
/// `base` must outlive the view.
class HomeView final : public FileSystem {
 public:
  HomeView(const FileSystem& base, HomeViewOptions options);

  FileStatus status(const std::string& path) const override;
  FileStatus link_status(const std::string& path) const override;
  std::optional<std::string> read_link(const std::string& path) const override;
  Result<std::string> read(const std::string& path, uint64_t max_bytes) const override;
  std::vector<std::string> list(const std::string& path) const override;
  /// Where the bytes are: "/dots/zsh/.zshrc" for "/dots/.zshrc" under stow. A directory the
  /// layout makes up gives the first physical directory behind it; a Missing path, itself.
  std::string physical_path(const std::string& path) const override;

  /// The inverse, for files named on the command line (`rclint zsh/.zshrc` from pre-commit):
  /// the logical path that shows physical `path`, or nullopt when the layout shows it nowhere
  /// (a README in a stow directory, a `.tmpl` file).
  std::optional<std::string> logical_path(const std::string& path) const;

  const std::vector<LayoutNote>& notes() const { return notes_; }
  LayoutKind kind() const { return options_.kind; }
  const std::string& home() const { return options_.home; }

 private:
  enum class Found { Physical, Directory, Missing };
  struct Location {
    Found found = Found::Missing;
    std::string path;                // Physical: where `base` reads it
    std::optional<std::string> rel;  // the home-relative name, for a path in the home
  };
  Location locate(const std::string& path) const;
  /// `path` with its symlinks resolved in the root's tree (only when the root is not "/": the
  /// disk does it then); "" on a loop.
  std::string in_root(const std::string& path, bool follow_last, std::string* error) const;
  std::vector<std::string> mapped_children(const std::string& rel) const;

  enum class Naming { Literal, Stow, Chezmoi };
  void apply_mapping();
  void walk_stow();
  std::string chezmoi_source();
  void walk_tree(const std::string& physical, const std::string& logical, int depth, Naming naming);
  bool take_entry(const std::string& physical);
  void add_leaf(const std::string& logical, const std::string& physical);
  bool add_directory(const std::string& logical, const std::string& physical);
  void add_parents(std::string logical);
  void note(const std::string& physical, std::string message, const std::string& logical = "");

  const FileSystem& base_;
  HomeViewOptions options_;
  std::map<std::string, std::string> leaves_;       // home-relative name → physical path
  std::map<std::string, std::string> directories_;  // home-relative name → physical ("" if none)
  std::map<std::string, std::string> logical_of_;   // physical path → home-relative name
  std::set<std::string> mapped_names_;              // logical names [files] provides
  std::set<std::string> mapped_sources_;            // physical paths [files] names
  bool mapping_ = false;                            // inside apply_mapping()
  std::vector<LayoutNote> notes_;
  size_t entries_seen_ = 0;
  bool entries_note_ = false;
  bool depth_note_ = false;
};

}  // namespace rclint::source
