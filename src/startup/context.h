#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/dialect.h"

namespace rclint::startup {

enum class Shell { Zsh, Bash, Sh };
/// spec §2. Login = interactive login (IL), Interactive = I, Script = N, LoginScript = NL,
/// SshCommand = `ssh host cmd` (bash's ssh rule).
enum class Mode { Login, Interactive, Script, LoginScript, SshCommand };
enum class Platform { Debian, Macos };

std::string_view to_string(Shell shell);
std::string_view to_string(Mode mode);
std::string_view to_string(Platform platform);
std::optional<Platform> parse_platform(std::string_view text);

/// One shell started one way on one platform: "zsh:login".
struct Context {
  Shell shell = Shell::Zsh;
  Mode mode = Mode::Login;
  Platform platform = Platform::Debian;

  std::string name() const;  // "zsh:login"
  bool is_login() const { return mode == Mode::Login || mode == Mode::LoginScript; }
  bool is_interactive() const { return mode == Mode::Login || mode == Mode::Interactive; }
  syntax::Dialect dialect() const;
  friend bool operator==(const Context&, const Context&) = default;
};

/// Parses "zsh:login" etc.; nullopt for names spec §2 does not list.
std::optional<Context> parse_context(std::string_view name, Platform platform);

/// Every context of spec §2, in the spec's order.
std::vector<Context> all_contexts(Platform platform);

/// Every valid context name, for messages and "did you mean".
std::vector<std::string_view> context_names();

}  // namespace rclint::startup
