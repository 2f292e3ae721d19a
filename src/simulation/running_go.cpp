#include "simulation/running_go.h"

#include <fmt/format.h>

namespace rclint::simulation {

namespace path = source::path;

namespace {

// go's own test (cmd/go/internal/cfg isGOROOT) is a pkg/tool directory; a source tree
// without a build (src/runtime) is a root as well for this purpose.
bool looks_like_goroot(const std::string& dir, const FileFacts& facts) {
  return facts.is_directory(path::join(dir, "pkg/tool")) ||
         facts.is_directory(path::join(dir, "src/runtime"));
}

// Where a go binary finds its root when GOROOT is unset: two levels up from the binary, first
// as invoked (macOS: os.Executable keeps the name it was run by), then with links resolved
// (Linux: /proc/self/exe is resolved already).
std::string own_root(const std::string& invoked, const std::string& real, const FileFacts& facts,
                     startup::Platform platform) {
  if (platform == startup::Platform::Macos) {
    std::string up = path::parent(path::parent(invoked));
    if (looks_like_goroot(up, facts)) return up;
  }
  std::string up = path::parent(path::parent(real));
  return looks_like_goroot(up, facts) ? up : "";
}

GoBinary describe_binary(const std::string& dir, const std::string& binary, const FileFacts& facts,
                         const GoInstalls& installs, startup::Platform platform,
                         std::string_view home) {
  GoBinary go;
  go.dir = trim_slashes(dir);
  go.path = path::normalize(binary);
  go.real_path = facts.real_path(binary).value_or(go.path);
  go.root = own_root(go.path, go.real_path, facts, platform);
  if (!go.root.empty()) {
    go.real_root = facts.real_path(go.root).value_or(go.root);
    go.version = facts.first_line(path::join(go.root, "VERSION")).value_or("");
    if (!go.version.starts_with("go")) go.version.clear();
    go.install = installs.root(go.root, platform, home);
  }
  if (!go.install) go.install = installs.bin(path::parent(go.real_path), platform, home);
  if (!go.install) go.install = installs.bin(go.dir, platform, home);
  return go;
}

}  // namespace

std::string GoBinary::describe() const {
  std::string out = path;
  if (real_path != path) out += " → " + real_path;
  std::string what = install ? install->describe() : "";
  if (!version.empty()) what += (what.empty() ? "" : ", ") + version;
  if (!what.empty()) out += " (" + what + ")";
  return out;
}

bool GoBinary::same_go(const GoBinary& other) const {
  if (!root.empty() && !other.root.empty()) return real_root == other.real_root;
  if (real_path == other.real_path) return true;
  return install && other.install && install->same_install(*other.install);
}

std::optional<GoBinary> go_in(const std::string& dir, const FileFacts& facts,
                              const GoInstalls& installs, startup::Platform platform,
                              std::string_view home) {
  std::string binary = path::join(dir, "go");
  if (!facts.is_executable_file(binary)) return std::nullopt;
  return describe_binary(dir, binary, facts, installs, platform, home);
}

std::optional<GoBinary> go_at_root(const std::string& root, const FileFacts& facts,
                                   const GoInstalls& installs, startup::Platform platform,
                                   std::string_view home) {
  auto go = go_in(path::join(trim_slashes(root), "bin"), facts, installs, platform, home);
  // A GOROOT is used as named, whatever its binary would find by itself.
  if (go && looks_like_goroot(root, facts)) {
    go->root = trim_slashes(root);
    go->real_root = facts.real_path(root).value_or(go->root);
  }
  return go;
}

RunningGo running_go(const startup::Value& path_value, const FileFacts& facts,
                     const GoInstalls& installs, startup::Platform platform,
                     std::string_view home) {
  RunningGo out;
  std::vector<startup::Value> entries = path_value.split(':');
  for (size_t i = 0; i < entries.size(); ++i) {
    std::optional<std::string> dir = entries[i].text();
    if (!dir) {
      out.kind = RunningGo::Kind::Unknown;
      out.why_unknown = fmt::format("PATH entry {} ({}) is not known", i + 1, entries[i].render());
      return out;
    }
    if (dir->empty() || (*dir)[0] != '/') {
      // The working directory: whatever `go` is there when the command runs.
      out.kind = RunningGo::Kind::Unknown;
      out.why_unknown = fmt::format("PATH entry {} ('{}') is the working directory", i + 1, *dir);
      return out;
    }
    if (auto go = go_in(*dir, facts, installs, platform, home)) {
      out.kind = RunningGo::Kind::Found;
      out.go = std::move(*go);
      out.go.entry = i;
      return out;
    }
  }
  return out;
}

std::optional<GoRootProblem> goroot_problem(const std::string& goroot, const FileFacts& facts) {
  if (!facts.is_directory(goroot)) {
    if (!facts.is_missing(goroot) && !facts.status(goroot).exists() &&
        !facts.status(goroot).error.empty()) {
      return std::nullopt;  // "Permission denied": nothing known
    }
    return GoRootProblem{
        facts.why_not_directory(goroot),
        fmt::format("every go command fails with \"go: cannot find GOROOT directory: {}\"",
                    goroot)};
  }
  if (!facts.is_executable_file(path::join(goroot, "bin/go"))) {
    return GoRootProblem{
        "has no bin/go",
        "it is not a go installation: tools that run $GOROOT/bin/go (gopls, IDEs) fail, and "
        "the go on PATH builds with a standard library from elsewhere"};
  }
  if (!facts.is_directory(path::join(goroot, "src/runtime"))) {
    return GoRootProblem{"has no src/runtime",
                         "its standard library is missing: every build fails with \"package "
                         "… is not in GOROOT\""};
  }
  return std::nullopt;
}

}  // namespace rclint::simulation
