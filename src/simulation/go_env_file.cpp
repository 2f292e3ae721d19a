#include "simulation/go_env_file.h"

#include <algorithm>

namespace rclint::simulation {

namespace {

// A variable as a child process sees it: exported and set. nullopt: unset (or not exported);
// `known` false: set, but to a value rclint cannot know.
std::optional<std::string> exported_value(const startup::StaticEnv& env, const std::string& name,
                                          bool& known) {
  const startup::Variable* variable = env.find(name);
  if (variable == nullptr || !variable->exported) return std::nullopt;
  std::optional<std::string> text = variable->value.text();
  if (!text || variable->maybe_unset) known = false;
  return text.value_or("");
}

}  // namespace

GoEnvFileLocation go_env_file_location(const startup::StaticEnv& env, startup::Platform platform) {
  GoEnvFileLocation location;
  std::optional<std::string> goenv = exported_value(env, "GOENV", location.known);
  if (!location.known) return location;
  if (goenv && !goenv->empty()) {
    location.why = "GOENV";
    if (*goenv == "off") return location;
    // A relative GOENV is relative to wherever go runs.
    if ((*goenv)[0] != '/') location.known = false;
    location.path = source::path::normalize(*goenv);
    return location;
  }
  if (platform == startup::Platform::Debian) {
    std::optional<std::string> xdg = exported_value(env, "XDG_CONFIG_HOME", location.known);
    if (!location.known) return location;
    if (xdg && !xdg->empty()) {
      location.why = "$XDG_CONFIG_HOME/go/env";
      // os.UserConfigDir refuses a relative one: go then reads no file.
      if ((*xdg)[0] == '/') location.path = source::path::join(*xdg, "go/env");
      return location;
    }
  }
  std::optional<std::string> home = exported_value(env, "HOME", location.known);
  if (!location.known || !home || home->empty() || (*home)[0] != '/') {
    location.known = false;
    return location;
  }
  bool macos = platform == startup::Platform::Macos;
  location.why = macos ? "the default on macOS" : "the default on Linux";
  location.path =
      source::path::join(*home, macos ? "Library/Application Support/go/env" : ".config/go/env");
  return location;
}

std::vector<GoEnvFileSetting> parse_go_env_file(std::string_view text) {
  std::vector<GoEnvFileSetting> settings;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    size_t eq = line.find('=');
    if (eq != std::string_view::npos && line[0] >= 'A' && line[0] <= 'Z') {
      std::string name(line.substr(0, eq));
      std::erase_if(settings, [&](const GoEnvFileSetting& s) { return s.name == name; });
      settings.push_back({std::move(name),
                          std::string(line.substr(eq + 1)),
                          {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)}});
    }
    begin = end + 1;
  }
  return settings;
}

GoEnvFile read_go_env_file(const startup::StaticEnv& env, startup::Platform platform,
                           const FileFacts& facts) {
  GoEnvFile out;
  out.location = go_env_file_location(env, platform);
  if (!out.location.known || out.location.path.empty()) return out;
  out.file = facts.data_file(out.location.path);
  if (out.file != nullptr) out.settings = parse_go_env_file(out.file->text());
  return out;
}

std::optional<std::string> go_env_file_value(const std::string& name,
                                             const startup::EvalScope& scope,
                                             const source::FileSystem& fs, bool& unknown) {
  if (scope.env == nullptr || scope.context == nullptr) return std::nullopt;
  if (const startup::Variable* set = scope.env->find(name); set != nullptr && set->exported) {
    std::optional<std::string> text = set->value.text();
    if (!text || !text->empty()) return std::nullopt;  // the output's own ${NAME:-…} says
  }
  GoEnvFileLocation where = go_env_file_location(*scope.env, scope.context->platform);
  if (!where.known) {
    unknown = true;
    return std::nullopt;
  }
  if (where.path.empty()) return std::nullopt;
  if (scope.may_stat != nullptr && !scope.may_stat(where.path, scope.may_stat_data)) {
    unknown = true;
    return std::nullopt;
  }
  if (!fs.status(where.path).exists()) return std::nullopt;
  Result<std::string> text = fs.read(where.path, 1024 * 1024);
  if (!text) {
    unknown = true;
    return std::nullopt;
  }
  for (const GoEnvFileSetting& setting : parse_go_env_file(*text)) {
    if (setting.name == name) return setting.value;
  }
  return std::nullopt;
}

}  // namespace rclint::simulation
