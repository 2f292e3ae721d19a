#include "source/layout.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "base/assert.h"
#include "base/text.h"

namespace rclint::source {

namespace {

// Version control and package caches can hold more entries than the rest of a dotfiles
// repository together, and never hold a startup file.
bool is_never_walked(std::string_view name) { return name == ".git" || name == "node_modules"; }

std::string child_key(const std::string& rel, const std::string& name) {
  return rel.empty() ? name : rel + "/" + name;
}

bool cut_prefix(std::string& name, std::string_view prefix) {
  if (!text::starts_with(name, prefix)) return false;
  name.erase(0, prefix.size());
  return true;
}

bool cut_suffix(std::string& name, std::string_view suffix) {
  if (!text::ends_with(name, suffix)) return false;
  name.erase(name.size() - suffix.size());
  return true;
}

// GNU stow --dotfiles renames "dot-zshrc" to ".zshrc" only when a character other than '.'
// follows (stow's adjust_dotfile: s/^dot-([^.])/.$1/), so "dot-" and "dot-.x" stay as they are.
std::string stow_name(const std::string& name) {
  if (name.size() > 4 && text::starts_with(name, "dot-") && name[4] != '.') {
    return "." + name.substr(4);
  }
  return name;
}

// stow's built-in ignore list, used when a package has no .stow-local-ignore (rclint does not
// read that file): VCS metadata, editor backups, and README*/LICENSE*/COPYING at a package's top.
bool stow_ignores(const std::string& name, bool package_top) {
  static constexpr std::array<std::string_view, 9> kNames{
      "RCS", "CVS", ".cvsignore", ".svn", "_darcs", ".hg", ".git", ".gitignore", ".gitmodules"};
  if (std::find(kNames.begin(), kNames.end(), name) != kNames.end()) return true;
  bool backup = name.size() > 1 && (name.back() == '~' || (name[0] == '#' && name.back() == '#'));
  if (backup || (name.size() > 2 && (text::ends_with(name, ",v") || name.starts_with(".#")))) {
    return true;
  }
  return package_top && (text::starts_with(name, "README") || text::starts_with(name, "LICENSE") ||
                         name == "COPYING");
}

// What a chezmoi source file stands for, after chezmoi's own parseFileAttr
// (internal/chezmoi/attr.go): a type prefix, attribute prefixes in a fixed order, then dot_ or
// literal_, then the .literal / .tmpl suffixes. `skip` says why a file in the home cannot be read
// from it; `ignored` marks scripts and removals, which are no file in the home at all.
struct ChezmoiFile {
  std::string target;
  std::string_view skip;
  bool ignored = false;
  bool keep_empty = false;
};

ChezmoiFile parse_chezmoi_file(std::string name) {
  ChezmoiFile out;
  if (cut_prefix(name, "remove_") || cut_prefix(name, "run_")) {
    out.ignored = true;
    return out;
  }
  bool encrypted = false;
  if (cut_prefix(name, "symlink_")) {
    out.skip = "symlink entry, not followed: chezmoi makes the file a symlink to this content";
  } else {
    bool modify = cut_prefix(name, "modify_");
    // create_ only says "do not overwrite an existing file": its content is the file's.
    if (!modify) cut_prefix(name, "create_");
    encrypted = cut_prefix(name, "encrypted_");
    cut_prefix(name, "private_");
    cut_prefix(name, "readonly_");
    out.keep_empty = !modify && cut_prefix(name, "empty_");
    cut_prefix(name, "executable_");
    if (modify) out.skip = "modify script, not analyzed: chezmoi computes the file by running it";
  }
  if (cut_prefix(name, "dot_")) {
    name = "." + name;
  } else {
    cut_prefix(name, "literal_");
  }
  if (encrypted && !cut_suffix(name, ".age")) cut_suffix(name, ".asc");
  bool is_template = !cut_suffix(name, ".literal") && cut_suffix(name, ".tmpl");
  if (is_template) cut_suffix(name, ".literal");
  if (out.skip.empty() && encrypted) {
    out.skip = "encrypted, not analyzed: rclint does not decrypt chezmoi files";
  }
  if (out.skip.empty() && is_template) {
    out.skip = "template, not analyzed: rclint does not render chezmoi templates";
  }
  out.target = std::move(name);
  return out;
}

// chezmoi's parseDirAttr: remove_ dirs are removals; external_ means "children are literal".
std::optional<std::string> parse_chezmoi_dir(std::string name, bool* external) {
  if (text::starts_with(name, "remove_")) return std::nullopt;
  *external = cut_prefix(name, "external_");
  cut_prefix(name, "exact_");
  cut_prefix(name, "private_");
  cut_prefix(name, "readonly_");
  if (cut_prefix(name, "dot_")) return "." + name;
  cut_prefix(name, "literal_");
  return name;
}

}  // namespace

constexpr std::array<std::string_view, 4> kLayoutNames{"auto", "plain", "stow", "chezmoi"};

std::optional<LayoutKind> parse_layout_kind(std::string_view name) {
  auto found = std::find(kLayoutNames.begin(), kLayoutNames.end(), name);
  if (found == kLayoutNames.end()) return std::nullopt;
  return static_cast<LayoutKind>(found - kLayoutNames.begin());
}

std::string_view to_string(LayoutKind kind) { return kLayoutNames.at(static_cast<size_t>(kind)); }

// ---- HomeView: construction ------------------------------------------------------------------

HomeView::HomeView(const FileSystem& base, HomeViewOptions options)
    : base_(base), options_(std::move(options)) {
  RCLINT_ASSERT(options_.kind != LayoutKind::Auto, "HomeView needs a layout: detect it first");
  options_.home = path::normalize(options_.home);
  options_.directory = path::normalize(options_.directory);
  options_.root = path::normalize(options_.root.empty() ? "/" : options_.root);
  apply_mapping();
  if (options_.kind == LayoutKind::Stow) {
    directories_.emplace("", options_.directory);
    walk_stow();
  } else if (options_.kind == LayoutKind::Chezmoi) {
    std::string source = chezmoi_source();
    directories_.emplace("", source);
    walk_tree(source, "", 0, Naming::Chezmoi);
  }
}

void HomeView::note(const std::string& physical, std::string message, const std::string& logical) {
  std::string logical_path;
  if (!logical.empty()) logical_path = path::join(options_.home, logical);
  notes_.push_back({physical, std::move(message), std::move(logical_path)});
}

void HomeView::apply_mapping() {
  mapping_ = true;
  for (const auto& [source, target] : options_.mapping) {
    std::string physical = path::normalize(path::join(options_.directory, source));
    std::string name = target;
    if (!cut_prefix(name, "~/") && !name.empty() && name[0] == '/') {
      std::string absolute = path::normalize(name);
      bool inside = path::is_within(absolute, options_.home) && absolute != options_.home;
      name = inside ? path::relative_to(absolute, options_.home) : "";
    }
    std::vector<std::string_view> parts = text::split(name, '/');
    bool escapes = std::find(parts.begin(), parts.end(), "..") != parts.end();
    std::string key = path::normalize("/" + name).substr(1);
    if (key.empty() || escapes) {
      note(physical, fmt::format("[files] maps {} to {}, which is not a file in the home: ignored",
                                 source, target));
      continue;
    }
    mapped_sources_.insert(physical);
    FileStatus st = base_.link_status(physical);
    if (st.type == FileType::Directory) {
      if (add_directory(key, physical)) walk_tree(physical, key, 0, Naming::Literal);
      continue;
    }
    if (!st.exists()) {
      // Not mapped, so that no directory lists a name that is not there; the note says why.
      note(physical,
           fmt::format("[files] maps {} to ~/{}, but {} does not exist", source, key, source), key);
      continue;
    }
    add_leaf(key, physical);
  }
  mapping_ = false;
}

void HomeView::walk_stow() {
  // Every top-level directory not starting with '.' is a package, and `stow PACKAGE` links its
  // content into the target; files at the top (README, .stowrc) belong to no package.
  for (const std::string& name : base_.list(options_.directory)) {
    std::string package = path::join(options_.directory, name);
    if (name[0] == '.' || is_never_walked(name) || mapped_sources_.contains(package)) continue;
    if (!take_entry(package)) return;
    if (base_.status(package).type == FileType::Directory) {
      walk_tree(package, "", 1, Naming::Stow);
    }
  }
}

std::string HomeView::chezmoi_source() {
  // .chezmoiroot names the subdirectory that holds the source state (chezmoi reads only it).
  std::string marker = path::join(options_.directory, ".chezmoiroot");
  if (!base_.link_status(marker).exists()) return options_.directory;
  Result<std::string> content = base_.read(marker, 4096);
  if (!content) {
    note(marker, fmt::format("cannot read .chezmoiroot: {}", content.error().message));
    return options_.directory;
  }
  std::string_view first_line = text::split(*content, '\n')[0];
  std::string sub(text::trim(first_line.substr(0, first_line.find('\r'))));
  std::string source = path::normalize(path::join(options_.directory, sub));
  if (sub.empty() || sub[0] == '/' || !path::is_within(source, options_.directory) ||
      base_.status(source).type != FileType::Directory) {
    note(marker, fmt::format(".chezmoiroot names \"{}\", which is not a directory inside {}: "
                             "reading the source state from the top instead",
                             sub, options_.directory));
    return options_.directory;
  }
  return source;
}

bool HomeView::take_entry(const std::string& physical) {
  if (entries_seen_ < options_.limits.max_entries) {
    ++entries_seen_;
    return true;
  }
  if (!entries_note_) {
    entries_note_ = true;
    note(physical, fmt::format("stopped reading the dotfiles directory after {} entries: files "
                               "beyond are not analyzed",
                               options_.limits.max_entries));
  }
  return false;
}

void HomeView::walk_tree(const std::string& physical, const std::string& logical, int depth,
                         Naming naming) {
  for (const std::string& name : base_.list(physical)) {
    std::string child = path::join(physical, name);
    if (is_never_walked(name) || mapped_sources_.contains(child)) continue;
    if (!take_entry(child)) return;
    FileStatus st = base_.link_status(child);
    bool is_directory = st.type == FileType::Directory;
    std::string target = name;
    Naming child_naming = naming;
    if (naming == Naming::Stow) {
      if (stow_ignores(name, depth == 1)) continue;
      target = stow_name(name);
    } else if (naming == Naming::Chezmoi) {
      // chezmoi ignores every source entry whose name starts with '.' (.git, .chezmoi*).
      if (name[0] == '.') continue;
      if (is_directory) {
        bool external = false;
        std::optional<std::string> dir = parse_chezmoi_dir(name, &external);
        if (!dir) continue;
        target = *dir;
        if (external) child_naming = Naming::Literal;
      } else {
        ChezmoiFile file = parse_chezmoi_file(name);
        if (file.ignored) continue;
        if (!file.skip.empty()) {
          note(child, std::string(file.skip), child_key(logical, file.target));
          continue;
        }
        // chezmoi removes a target whose source is empty unless empty_ says to keep it.
        if (st.type == FileType::Regular && st.size == 0 && !file.keep_empty) continue;
        target = file.target;
      }
    }
    std::string key = child_key(logical, target);
    if (!is_directory) {
      add_leaf(key, child);
    } else if (depth >= options_.limits.max_depth) {
      if (!depth_note_) {
        depth_note_ = true;
        note(child, fmt::format("not read: deeper than {} directories in the dotfiles directory",
                                options_.limits.max_depth));
      }
    } else if (add_directory(key, child)) {
      walk_tree(child, key, depth + 1, child_naming);
    }
  }
}

void HomeView::add_leaf(const std::string& logical, const std::string& physical) {
  // [files] wins over the layout without a word: the user asked for exactly that.
  if (!mapping_ && mapped_names_.contains(logical)) return;
  auto taken = leaves_.find(logical);
  if (taken != leaves_.end() || directories_.contains(logical)) {
    std::string first = taken != leaves_.end() ? taken->second : directories_.at(logical);
    if (first.empty()) first = "a directory of the layout";
    note(physical, fmt::format("ignored: ~/{} already comes from {}", logical, first), logical);
    return;
  }
  leaves_.emplace(logical, physical);
  logical_of_.emplace(physical, logical);
  if (mapping_) mapped_names_.insert(logical);
  add_parents(logical);
}

void HomeView::add_parents(std::string logical) {
  while (logical.find('/') != std::string::npos) {
    logical.erase(logical.rfind('/'));
    directories_.emplace(logical, "");  // made up by the layout: no physical directory yet
  }
}

bool HomeView::add_directory(const std::string& logical, const std::string& physical) {
  if (auto taken = leaves_.find(logical); taken != leaves_.end()) {
    if (mapping_ || !mapped_names_.contains(logical)) {
      note(physical, fmt::format("ignored: ~/{} already comes from {}", logical, taken->second),
           logical);
    }
    return false;
  }
  if (mapping_) mapped_names_.insert(logical);
  auto [dir, inserted] = directories_.emplace(logical, physical);
  if (!inserted && dir->second.empty()) dir->second = physical;
  logical_of_.emplace(physical, logical);
  add_parents(logical);
  return true;
}

// ---- HomeView: lookups -----------------------------------------------------------------------

HomeView::Location HomeView::locate(const std::string& path) const {
  std::string logical = path::normalize(path);
  if (!path::is_within(logical, options_.home)) {
    // The home's own parents are the disk's, whatever the root holds.
    if (options_.root == "/" || path::is_within(options_.home, logical)) {
      return {Found::Physical, logical, std::nullopt};
    }
    return {Found::Physical, logical == "/" ? options_.root : options_.root + logical,
            std::nullopt};
  }
  std::string rel = logical == options_.home ? "" : path::relative_to(logical, options_.home);
  // A mapped file (or a symlink to a directory) hides the layout below it: the rest of the
  // path is looked up where its bytes are.
  for (size_t end = rel.find('/');; end = rel.find('/', end + 1)) {
    std::string prefix = rel.substr(0, end);
    if (auto leaf = leaves_.find(prefix); !prefix.empty() && leaf != leaves_.end()) {
      return {Found::Physical, leaf->second + rel.substr(prefix.size()), rel};
    }
    if (end == std::string::npos) break;
  }
  if (options_.kind == LayoutKind::Plain) {
    std::string physical = rel.empty() ? options_.directory : path::join(options_.directory, rel);
    if (directories_.contains(rel) && !base_.link_status(physical).exists()) {
      return {Found::Directory, "", rel};
    }
    return {Found::Physical, physical, rel};
  }
  if (directories_.contains(rel)) return {Found::Directory, "", rel};
  return {Found::Missing, "", rel};
}

std::vector<std::string> HomeView::mapped_children(const std::string& rel) const {
  std::vector<std::string> names;
  std::string prefix = rel.empty() ? "" : rel + "/";
  auto collect = [&](const std::map<std::string, std::string>& table) {
    for (auto it = table.lower_bound(prefix);
         it != table.end() && text::starts_with(it->first, prefix); ++it) {
      std::string rest = it->first.substr(prefix.size());
      if (!rest.empty() && rest.find('/') == std::string::npos) names.push_back(std::move(rest));
    }
  };
  collect(leaves_);
  collect(directories_);
  return names;
}

// With a root other than "/", an absolute symlink target names a path of that root (as in a
// chroot), never one of the real disk: such links are resolved here, in the logical tree. In a
// stow or chezmoi home, links stay with `base`, at their physical place.
std::string HomeView::in_root(const std::string& path, bool follow_last, std::string* error) const {
  if (options_.root == "/") return path;
  auto resolved = resolve_symlinks(
      path, follow_last,
      [&](const std::string& p) -> std::optional<std::string> {
        // The home's own path is the disk's (a root's /tmp link must not move a home in /tmp).
        if (path::is_within(options_.home, p)) return std::nullopt;
        if (options_.kind != LayoutKind::Plain && path::is_within(p, options_.home)) {
          return std::nullopt;
        }
        Location at = locate(p);
        if (at.found != Found::Physical) return std::nullopt;
        return base_.read_link(at.path);
      },
      error);
  return resolved.value_or("");
}

FileStatus HomeView::status(const std::string& path) const {
  std::string error;
  std::string resolved = in_root(path, true, &error);
  FileStatus st;
  if (resolved.empty()) {
    st.error = error;
    return st;
  }
  Location at = locate(resolved);
  if (at.found == Found::Physical) {
    st = base_.status(at.path);
    if (!st.exists() && st.error.empty() && resolved != path::normalize(path)) {
      if (auto target = read_link(path)) st.error = "dangling symlink to " + *target;
    }
  } else if (at.found == Found::Directory) {
    st.type = FileType::Directory;
    st.readable = true;
  }
  return st;
}

FileStatus HomeView::link_status(const std::string& path) const {
  std::string resolved = in_root(path, false, nullptr);
  if (resolved.empty()) return {};
  Location at = locate(resolved);
  return at.found == Found::Physical ? base_.link_status(at.path) : status(resolved);
}

std::optional<std::string> HomeView::read_link(const std::string& path) const {
  std::string resolved = in_root(path, false, nullptr);
  if (resolved.empty()) return std::nullopt;
  Location at = locate(resolved);
  if (at.found != Found::Physical) return std::nullopt;
  return base_.read_link(at.path);
}

Result<std::string> HomeView::read(const std::string& path, uint64_t max_bytes) const {
  std::string error;
  std::string resolved = in_root(path, true, &error);
  if (resolved.empty()) return Error{error};
  Location at = locate(resolved);
  if (at.found == Found::Physical) return base_.read(at.path, max_bytes);
  if (at.found == Found::Directory) return Error{"is a directory, not a file"};
  return Error{"no such file"};
}

std::vector<std::string> HomeView::list(const std::string& path) const {
  std::string resolved = in_root(path, true, nullptr);
  if (resolved.empty()) return {};
  Location at = locate(resolved);
  std::vector<std::string> names;
  if (at.found == Found::Physical) names = base_.list(at.path);
  if (at.rel && at.found != Found::Missing) {
    std::vector<std::string> mapped = mapped_children(*at.rel);
    names.insert(names.end(), mapped.begin(), mapped.end());
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::string HomeView::physical_path(const std::string& path) const {
  Location at = locate(path);
  if (at.found == Found::Physical) return at.path;
  if (at.found == Found::Directory) {
    const std::string& physical = directories_.at(*at.rel);
    if (!physical.empty()) return physical;
  }
  return path::normalize(path);
}

std::optional<std::string> HomeView::logical_path(const std::string& path) const {
  std::string physical = path::normalize(path);
  auto in_home = [&](const std::string& rel) {
    return rel.empty() ? options_.home : path::join(options_.home, rel);
  };
  if (auto known = logical_of_.find(physical); known != logical_of_.end()) {
    return in_home(known->second);
  }
  if (path::is_within(physical, options_.directory)) {
    if (options_.kind != LayoutKind::Plain) return std::nullopt;
    return in_home(
        physical == options_.directory ? "" : path::relative_to(physical, options_.directory));
  }
  if (options_.root != "/") {
    if (!path::is_within(physical, options_.root)) return std::nullopt;
    return physical == options_.root ? "/" : "/" + path::relative_to(physical, options_.root);
  }
  if (path::is_within(physical, options_.home)) return std::nullopt;
  return physical;
}

}  // namespace rclint::source
