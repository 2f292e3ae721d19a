#include "source/discovery.h"

#include <array>

#include "base/text.h"

namespace rclint::source {

namespace {

constexpr std::array<std::string_view, 11> kHomeStartupNames{
    ".zshenv",     ".zprofile", ".zshrc",  ".zlogin",      ".zlogout",      ".bash_profile",
    ".bash_login", ".profile",  ".bashrc", ".bash_logout", ".bash_aliases",
};

constexpr std::array<std::string_view, 9> kDebianFiles{
    "/etc/zsh/zshenv",     "/etc/zsh/zprofile", "/etc/zsh/zshrc",
    "/etc/zsh/zlogin",     "/etc/zsh/zlogout",  "/etc/profile",
    "/etc/profile.d/*.sh", "/etc/bash.bashrc",  "/etc/bash.bash_logout",
};

constexpr std::array<std::string_view, 9> kMacosFiles{
    "/etc/zshenv",  "/etc/zprofile", "/etc/zshrc", "/etc/zlogin",    "/etc/zlogout",
    "/etc/profile", "/etc/bashrc",   "/etc/paths", "/etc/paths.d/*",
};

// Link status, not status: a dangling symlink or a loop is there, and worth a message.
bool is_present(const FileSystem& fs, const std::string& path) {
  return fs.link_status(path).exists();
}

// Expands a pattern whose last component is `*SUFFIX`, the only form the system files use.
void expand(const FileSystem& fs, const std::string& pattern, std::vector<std::string>& out) {
  std::string dir = path::parent(pattern);
  std::string suffix = path::base_name(pattern).substr(1);
  for (const std::string& name : fs.list(dir)) {
    if (name[0] == '.' || !text::ends_with(name, suffix)) continue;
    out.push_back(path::join(dir, name));
  }
}

// Is `name` a top-level chezmoi source name for a dotfile (dot_zshrc, private_dot_config)?
bool looks_like_chezmoi_dotfile(std::string_view name) {
  static constexpr std::array<std::string_view, 10> kPrefixes{
      "create_",    "modify_",  "symlink_",  "external_", "exact_",
      "encrypted_", "private_", "readonly_", "empty_",    "executable_"};
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view prefix : kPrefixes) {
      if (!cut && text::starts_with(name, prefix)) {
        name.remove_prefix(prefix.size());
        cut = true;
      }
    }
  }
  return text::starts_with(name, "dot_");
}

// Does a stow package hold a startup file, as itself or in --dotfiles form (dot-zshrc)?
bool holds_startup_file(const FileSystem& fs, const std::string& package) {
  for (std::string_view startup : kHomeStartupNames) {
    std::string name(startup);
    if (is_present(fs, path::join(package, name)) ||
        is_present(fs, path::join(package, "dot-" + name.substr(1)))) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::span<const std::string_view> home_startup_names() { return kHomeStartupNames; }

std::vector<std::string> home_startup_files(const FileSystem& fs, const std::string& home) {
  std::vector<std::string> found;
  for (std::string_view name : kHomeStartupNames) {
    std::string candidate = path::join(home, std::string(name));
    if (is_present(fs, candidate)) found.push_back(std::move(candidate));
  }
  return found;
}

std::vector<std::string> system_startup_files(const FileSystem& fs, std::string_view platform) {
  std::span<const std::string_view> files;
  if (platform == "debian") files = kDebianFiles;
  if (platform == "macos") files = kMacosFiles;
  std::vector<std::string> found;
  for (std::string_view entry : files) {
    std::string file(entry);
    if (file.find('*') != std::string::npos) {
      expand(fs, file, found);
    } else if (is_present(fs, file)) {
      found.push_back(std::move(file));
    }
  }
  return found;
}

LayoutKind detect_layout(const FileSystem& fs, const std::string& dir) {
  std::vector<std::string> top = fs.list(dir);
  for (const std::string& name : top) {
    if (text::starts_with(name, ".chezmoi") || looks_like_chezmoi_dotfile(name)) {
      return LayoutKind::Chezmoi;
    }
  }
  if (!home_startup_files(fs, dir).empty()) return LayoutKind::Plain;
  if (is_present(fs, path::join(dir, ".stowrc"))) return LayoutKind::Stow;
  for (const std::string& name : top) {
    if (name[0] == '.' || name == "node_modules") continue;
    std::string package = path::join(dir, name);
    if (fs.status(package).type == FileType::Directory && holds_startup_file(fs, package)) {
      return LayoutKind::Stow;
    }
  }
  return LayoutKind::Plain;
}

}  // namespace rclint::source
