#include "startup/context.h"

#include <fmt/format.h>

#include <array>

namespace rclint::startup {

namespace {
struct Known {
  std::string_view name;
  Shell shell;
  Mode mode;
};
// spec §2, in its order.
constexpr std::array<Known, 11> kContexts{{
    {"zsh:login", Shell::Zsh, Mode::Login},
    {"zsh:interactive", Shell::Zsh, Mode::Interactive},
    {"zsh:script", Shell::Zsh, Mode::Script},
    {"zsh:login-script", Shell::Zsh, Mode::LoginScript},
    {"bash:login", Shell::Bash, Mode::Login},
    {"bash:interactive", Shell::Bash, Mode::Interactive},
    {"bash:script", Shell::Bash, Mode::Script},
    {"bash:login-script", Shell::Bash, Mode::LoginScript},
    {"bash:ssh-command", Shell::Bash, Mode::SshCommand},
    {"sh:login", Shell::Sh, Mode::Login},
    {"sh:interactive", Shell::Sh, Mode::Interactive},
}};
}  // namespace

std::string_view to_string(Shell shell) {
  switch (shell) {
    case Shell::Zsh:
      return "zsh";
    case Shell::Bash:
      return "bash";
    case Shell::Sh:
      return "sh";
  }
  return "sh";
}

std::string_view to_string(Mode mode) {
  switch (mode) {
    case Mode::Login:
      return "login";
    case Mode::Interactive:
      return "interactive";
    case Mode::Script:
      return "script";
    case Mode::LoginScript:
      return "login-script";
    case Mode::SshCommand:
      return "ssh-command";
  }
  return "script";
}

std::string_view to_string(Platform platform) {
  return platform == Platform::Macos ? "macos" : "debian";
}

std::optional<Platform> parse_platform(std::string_view text) {
  if (text == "debian" || text == "linux") return Platform::Debian;
  if (text == "macos" || text == "darwin") return Platform::Macos;
  return std::nullopt;
}

std::string Context::name() const {
  return fmt::format("{}:{}", to_string(shell), to_string(mode));
}

syntax::Dialect Context::dialect() const {
  switch (shell) {
    case Shell::Zsh:
      return syntax::Dialect::Zsh;
    case Shell::Bash:
      return syntax::Dialect::Bash;
    case Shell::Sh:
      return syntax::Dialect::Posix;
  }
  return syntax::Dialect::Posix;
}

std::optional<Context> parse_context(std::string_view name, Platform platform) {
  for (const Known& known : kContexts) {
    if (known.name == name) return Context{known.shell, known.mode, platform};
  }
  return std::nullopt;
}

std::vector<Context> all_contexts(Platform platform) {
  std::vector<Context> contexts;
  for (const Known& known : kContexts) contexts.push_back({known.shell, known.mode, platform});
  return contexts;
}

std::vector<std::string_view> context_names() {
  std::vector<std::string_view> names;
  for (const Known& known : kContexts) names.push_back(known.name);
  return names;
}

}  // namespace rclint::startup
