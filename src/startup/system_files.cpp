#include "startup/system_files.h"

#include <fmt/format.h>

#include <algorithm>

#include "startup/load_order.h"

namespace rclint::startup {

std::string StartupStep::reason_for(const std::string& p, const std::string& short_name) const {
  (void)p;
  std::string out = reason;
  size_t at = out.find("{}");
  if (at != std::string::npos) out.replace(at, 2, short_name);
  return out;
}

namespace {

StartupStep system(std::string path, std::string reason) {
  StartupStep step;
  step.system = true;
  step.path = std::move(path);
  step.reason = std::move(reason);
  return step;
}

StartupStep user(std::vector<std::string> names, std::string reason) {
  StartupStep step;
  step.user_files = std::move(names);
  step.reason = std::move(reason);
  return step;
}

StartupStep zsh_user(std::string name, std::string reason) {
  StartupStep step = user({std::move(name)}, std::move(reason));
  step.uses_zdotdir = true;
  step.needs_rcs = true;
  return step;
}

StartupStep variable_file(std::string variable, std::string reason) {
  StartupStep step;
  step.variable = std::move(variable);
  step.user_files = {""};
  step.reason = std::move(reason);
  return step;
}

// zsh: zshall(1) STARTUP/SHUTDOWN FILES; Debian builds with /etc/zsh, Apple with /etc.
std::vector<StartupStep> zsh_steps(const Context& c) {
  std::string etc = c.platform == Platform::Macos ? "/etc/" : "/etc/zsh/";
  std::vector<StartupStep> steps;
  steps.push_back(system(etc + "zshenv", "zsh reads " + etc + "zshenv first, in every shell"));
  steps.back().needs_rcs = false;  // read even with `zsh -f`
  if (c.is_interactive() && c.platform == Platform::Debian) {
    // startup-order.md §3 "New users": an interactive zsh whose Z holds none of its four
    // dotfiles sources the new-user script right after the global zshenv.
    StartupStep newuser = system("/usr/share/zsh/*/scripts/newuser",
                                 "interactive zsh sources its new-user script when $ZDOTDIR (or "
                                 "the home) holds none of .zshenv, .zprofile, .zshrc, .zlogin");
    newuser.zsh_newuser = true;
    newuser.needs_rcs = true;
    steps.push_back(newuser);
  }
  steps.push_back(zsh_user(".zshenv", "zsh reads {} in every shell"));
  if (c.is_login()) {
    steps.push_back(system(etc + "zprofile", "zsh reads " + etc + "zprofile in login shells"));
    steps.back().needs_rcs = true;
    steps.push_back(zsh_user(".zprofile", "zsh reads {} in login shells"));
  }
  if (c.is_interactive()) {
    steps.push_back(system(etc + "zshrc", "zsh reads " + etc + "zshrc in interactive shells"));
    steps.back().needs_rcs = true;
    steps.push_back(zsh_user(".zshrc", "zsh reads {} in interactive shells"));
  }
  if (c.is_login()) {
    steps.push_back(system(etc + "zlogin", "zsh reads " + etc + "zlogin in login shells"));
    steps.back().needs_rcs = true;
    steps.push_back(zsh_user(".zlogin", "zsh reads {} in login shells, after .zshrc"));
  }
  return steps;
}

// bash: bash(1) INVOCATION; Debian's SYS_BASHRC and SSH_SOURCE_BASHRC (startup-order.md §4).
std::vector<StartupStep> bash_steps(const Context& c) {
  bool debian = c.platform == Platform::Debian;
  std::vector<StartupStep> steps;
  if (c.is_login()) {
    steps.push_back(system("/etc/profile", "bash reads /etc/profile in login shells"));
    StartupStep profile = user({".bash_profile", ".bash_login", ".profile"},
                               "bash login shells read the first existing of ~/.bash_profile, "
                               "~/.bash_login, ~/.profile: here {}");
    profile.first_existing = true;
    steps.push_back(profile);
    if (c.mode == Mode::LoginScript) {
      steps.push_back(variable_file("BASH_ENV", "non-interactive bash reads $BASH_ENV ({})"));
    }
    return steps;
  }
  if (c.mode == Mode::Interactive || (c.mode == Mode::SshCommand && debian)) {
    std::string why = c.mode == Mode::Interactive ? "in interactive non-login shells"
                                                  : "for `ssh host cmd` (Debian's ssh rule)";
    if (debian) steps.push_back(system("/etc/bash.bashrc", "bash reads /etc/bash.bashrc " + why));
    steps.push_back(user({".bashrc"}, "bash reads {} " + why));
    return steps;
  }
  steps.push_back(variable_file("BASH_ENV", "non-interactive bash reads $BASH_ENV ({})"));
  return steps;
}

// dash: dash(1) Invocation; $ENV only in interactive shells.
std::vector<StartupStep> sh_steps(const Context& c) {
  std::vector<StartupStep> steps;
  if (c.is_login()) {
    steps.push_back(system("/etc/profile", "sh reads /etc/profile in login shells"));
    steps.push_back(user({".profile"}, "sh reads {} in login shells"));
  }
  if (c.is_interactive()) {
    steps.push_back(variable_file("ENV", "interactive sh reads $ENV ({})"));
  }
  return steps;
}

}  // namespace

std::vector<StartupStep> startup_steps(const Context& context) {
  switch (context.shell) {
    case Shell::Zsh:
      return zsh_steps(context);
    case Shell::Bash:
      return bash_steps(context);
    case Shell::Sh:
      return sh_steps(context);
  }
  return {};
}

std::vector<std::pair<std::string, syntax::Dialect>> startup_files_ahead(
    const std::vector<Context>& contexts, const std::string& home,
    const std::map<std::string, std::string>& env, bool system_files_from_fs,
    const source::FileSystem& fs) {
  std::vector<std::pair<std::string, syntax::Dialect>> out;
  auto add = [&](std::string path, syntax::Dialect dialect) {
    std::pair<std::string, syntax::Dialect> item{std::move(path), dialect};
    if (std::find(out.begin(), out.end(), item) == out.end()) out.push_back(std::move(item));
  };
  auto zdotdir = env.find("ZDOTDIR");
  for (const Context& context : contexts) {
    for (const StartupStep& step : startup_steps(context)) {
      if (step.system) {
        if (system_files_from_fs && step.path.find('*') == std::string::npos) {
          add(step.path, context.dialect());
        }
        continue;
      }
      if (!step.variable.empty()) continue;  // $BASH_ENV / $ENV: known only along the walk
      std::string dir = home;
      if (step.uses_zdotdir && zdotdir != env.end() && !zdotdir->second.empty()) {
        dir = zdotdir->second;
      }
      for (const std::string& name : step.user_files) {
        std::string path = source::path::join(dir, name);
        if (step.first_existing && !fs.link_status(path).exists()) continue;
        add(path, context.dialect());
        if (step.first_existing) break;  // bash reads the first of its profiles only
      }
    }
  }
  return out;
}

bool stock_file_exists(Platform platform, const std::string& p) {
  // Debian 12 base-files/zsh-common/bash (startup-order.md §5); Apple's zsh and bash builds
  // ship only /etc/zprofile, /etc/zshrc, /etc/profile and /etc/bashrc (§7).
  static const std::vector<std::string> debian{"/usr/share/zsh/*/scripts/newuser",
                                               "/etc/zsh/zshenv",
                                               "/etc/zsh/zprofile",
                                               "/etc/zsh/zshrc",
                                               "/etc/zsh/zlogin",
                                               "/etc/profile",
                                               "/etc/bash.bashrc"};
  static const std::vector<std::string> macos{"/etc/zprofile", "/etc/zshrc", "/etc/profile",
                                              "/etc/bashrc"};
  const auto& files = platform == Platform::Macos ? macos : debian;
  return std::find(files.begin(), files.end(), p) != files.end();
}

std::vector<StockSource> stock_sources(const Context& c, const std::string& p) {
  // Debian's /etc/profile sources /etc/bash.bashrc when PS1 is set under bash; Apple's
  // /etc/profile sources /etc/bashrc when $BASH is set, and /etc/bashrc returns unless PS1.
  // macOS's /bin/sh is bash in POSIX mode (sh(1)), so $BASH is set there too.
  if (p != "/etc/profile" || c.shell == Shell::Zsh || !c.is_interactive()) return {};
  if (c.platform == Platform::Debian) {
    if (c.shell != Shell::Bash) return {};
    return {{"/etc/bash.bashrc", "sourced from /etc/profile in interactive bash"}};
  }
  return {{"/etc/bashrc", "sourced from /etc/profile when $BASH is set (bash, and macOS's sh)"}};
}

std::vector<SkippedFile> files_not_read(const Context& c, const LoadOrder& order,
                                        const source::FileSystem& fs, const std::string& home) {
  struct Known {
    const char* name;
    Shell shell;
  };
  static const Known kKnown[] = {
      {".zshenv", Shell::Zsh},  {".zprofile", Shell::Zsh},      {".zshrc", Shell::Zsh},
      {".zlogin", Shell::Zsh},  {".bash_profile", Shell::Bash}, {".bash_login", Shell::Bash},
      {".bashrc", Shell::Bash}, {".profile", Shell::Sh},
  };
  std::vector<SkippedFile> skipped;
  for (const Known& known : kKnown) {
    std::string p = source::path::join(home, known.name);
    if (!fs.link_status(p).exists()) continue;
    bool read = std::any_of(order.files.begin(), order.files.end(),
                            [&](const LoadedFile& f) { return f.path == p; });
    if (read) continue;
    std::string why;
    std::string name = std::string("~/") + known.name;
    if (known.shell != c.shell && !(known.shell == Shell::Sh && c.shell == Shell::Bash)) {
      why = fmt::format("{} is not read by {}", name, to_string(c.shell));
    } else if (c.shell == Shell::Bash && (known.name == std::string(".bash_login") ||
                                          known.name == std::string(".profile"))) {
      why = c.is_login() ? fmt::format(
                               "{} is shadowed: bash reads only the first existing of "
                               "~/.bash_profile, ~/.bash_login, ~/.profile",
                               name)
                         : fmt::format("bash reads {} only in login shells", name);
    } else if (known.name == std::string(".bashrc")) {
      why = c.is_login() ? "bash login shells read ~/.bashrc only if ~/.bash_profile sources it"
                         : "non-interactive bash does not read ~/.bashrc";
    } else if (c.shell == Shell::Zsh) {
      why = fmt::format("zsh does not read {} in {} shells ({})", name, to_string(c.mode),
                        "or $ZDOTDIR/RCS moved it");
    } else {
      why = fmt::format("{} does not read {}", c.name(), name);
    }
    skipped.push_back({p, why});
  }
  return skipped;
}

}  // namespace rclint::startup
