// rclint's entry point: gathers the process environment and hands it to cli::run.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/app.h"
#include "cli/args.h"
#include "cli/language_server.h"

namespace {

std::optional<std::string> env_var(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr) return std::nullopt;
  return std::string(value);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    rclint::cli::ProcessEnvironment environment;
    std::error_code error;
    environment.cwd = std::filesystem::current_path(error).string();
    environment.home = env_var("HOME");
    environment.xdg_config_home = env_var("XDG_CONFIG_HOME");
    auto no_color = env_var("NO_COLOR");
    environment.no_color = no_color && !no_color->empty();
    environment.stdout_is_terminal = ::isatty(STDOUT_FILENO) == 1;
    environment.uid = std::to_string(::getuid());
#ifdef __APPLE__
    environment.host_platform = "macos";
#endif
    environment.read_stdin = []() -> std::optional<std::string> {
      std::string text;
      char buffer[65536];
      size_t got = 0;
      while ((got = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) {
        text.append(buffer, got);
        if (text.size() > 64u * 1024 * 1024) return std::nullopt;  // not an editor buffer
      }
      if (std::ferror(stdin)) return std::nullopt;
      return text;
    };
    std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && args[0] == "lsp") {
      auto parsed = rclint::cli::parse_args(args);
      if (parsed && parsed->command == rclint::cli::Command::Lsp) {
        return rclint::cli::serve_language_server(*parsed, environment, STDIN_FILENO,
                                                  STDOUT_FILENO);
      }
    }
    rclint::cli::Outcome outcome = rclint::cli::run(args, environment);
    std::fwrite(outcome.out.data(), 1, outcome.out.size(), stdout);
    std::fwrite(outcome.err.data(), 1, outcome.err.size(), stderr);
    return outcome.exit_code;
  } catch (const std::exception& e) {
    // Last resort: rclint throws nothing itself, but the standard library may (bad_alloc).
    std::fprintf(stderr, "rclint: internal error: %s\n", e.what());
    return 2;
  }
}
