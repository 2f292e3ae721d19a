#include "simulation/go_installs.h"

#include <fmt/format.h>

#include "source/file_system.h"

namespace rclint::simulation {

namespace {

// `pattern` with `~` replaced by the home.
std::string expand_home(const std::string& pattern, std::string_view home) {
  if (pattern == "~" || pattern.starts_with("~/")) return std::string(home) + pattern.substr(1);
  return pattern;
}

// Matches `dir` against `pattern` (one `*` at most: a non-empty run without '/'); the version
// the `*` matched, "" when the pattern has none.
std::optional<std::string> match(const std::string& pattern, std::string_view dir,
                                 std::string_view home) {
  std::string p = expand_home(pattern, home);
  size_t star = p.find('*');
  if (star == std::string::npos) {
    if (p == dir) return std::string();
    return std::nullopt;
  }
  std::string_view head = std::string_view(p).substr(0, star);
  std::string_view tail = std::string_view(p).substr(star + 1);
  if (dir.size() <= head.size() + tail.size()) return std::nullopt;
  if (!dir.starts_with(head) || !dir.ends_with(tail)) return std::nullopt;
  std::string_view version = dir.substr(head.size(), dir.size() - head.size() - tail.size());
  if (version.find('/') != std::string_view::npos) return std::nullopt;
  return std::string(version);
}

// The standard root of `install` at `version`: its first root, with the version filled in.
std::string standard_root(const GoInstall& install, const std::string& version,
                          std::string_view home) {
  if (install.roots.empty()) return "";
  std::string root = expand_home(install.roots.front(), home);
  size_t star = root.find('*');
  if (star == std::string::npos) return root;
  if (version.empty()) return "";
  return root.replace(star, 1, version);
}

bool applies(const GoInstall& install, startup::Platform platform) {
  return !install.platform || *install.platform == platform;
}

}  // namespace

std::string trim_slashes(std::string_view dir) {
  std::string out =
      dir.empty() || dir[0] != '/' ? std::string(dir) : source::path::normalize(std::string(dir));
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

bool GoInstallMatch::same_install(const GoInstallMatch& other) const {
  if (install == nullptr || other.install == nullptr) return false;
  if (install->name != other.install->name) return false;
  return version.empty() || other.version.empty() || version == other.version;
}

std::string GoInstallMatch::describe() const {
  if (install == nullptr) return "";
  if (version.empty()) return install->name;
  // "Homebrew's go@" + "1.21": the formula's own name.
  return fmt::format("{}{}{}", install->name, install->name.ends_with('@') ? "" : " ", version);
}

Result<GoInstalls> GoInstalls::from(std::vector<GoInstall> installs) {
  GoInstalls out;
  for (GoInstall& install : installs) {
    if (install.name.empty()) return Error{"[[go_install]] needs a name"};
    for (const auto* list :
         {&install.roots, &install.other_roots, &install.bins, &install.shared_bins}) {
      for (const std::string& pattern : *list) {
        size_t star = pattern.find('*');
        if (star != std::string::npos && pattern.find('*', star + 1) != std::string::npos) {
          return Error{
              fmt::format("go install '{}': one `*` at most in '{}'", install.name, pattern)};
        }
      }
    }
    out.installs_.push_back(std::move(install));
  }
  return out;
}

std::optional<GoInstallMatch> GoInstalls::root(std::string_view dir, startup::Platform platform,
                                               std::string_view home) const {
  std::string path = trim_slashes(dir);
  for (const GoInstall& install : installs_) {
    if (!applies(install, platform)) continue;
    for (bool standard : {true, false}) {
      for (const std::string& pattern : standard ? install.roots : install.other_roots) {
        if (auto version = match(pattern, path, home)) {
          return GoInstallMatch{&install, *version, standard, false,
                                standard_root(install, *version, home)};
        }
      }
    }
  }
  return std::nullopt;
}

std::optional<GoInstallMatch> GoInstalls::bin(std::string_view dir, startup::Platform platform,
                                              std::string_view home) const {
  std::string path = trim_slashes(dir);
  for (const GoInstall& install : installs_) {
    if (!applies(install, platform)) continue;
    for (bool shared : {false, true}) {
      for (const std::string& pattern : shared ? install.shared_bins : install.bins) {
        if (auto version = match(pattern, path, home)) {
          return GoInstallMatch{&install, *version, false, shared,
                                standard_root(install, *version, home)};
        }
      }
    }
  }
  return std::nullopt;
}

GoRootOnPath go_root_on_path(const GoInstalls& installs, const std::string& goroot,
                             const std::vector<startup::Value>& entries, startup::Platform platform,
                             std::string_view home) {
  std::string root = trim_slashes(goroot);
  std::optional<GoInstallMatch> own = installs.root(root, platform, home);
  for (size_t i = 0; i < entries.size(); ++i) {
    std::optional<std::string> text = entries[i].text();
    if (!text) return {GoRootOnPath::Kind::Unknown, i, std::nullopt};
    std::string dir = trim_slashes(*text);
    std::optional<GoInstallMatch> found = installs.bin(dir, platform, home);
    if (dir == root + "/bin" || (own && found && own->same_install(*found))) {
      return {GoRootOnPath::Kind::Same, i, found};
    }
    // A shared directory holds another install's go only if that one is installed: it
    // agrees with a GOROOT, it never proves it wrong.
    if (found && !found->shared) return {GoRootOnPath::Kind::Other, i, found};
  }
  return {};
}

}  // namespace rclint::simulation
