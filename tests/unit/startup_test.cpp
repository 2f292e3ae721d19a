// Tests of src/startup: which files each context reads, on in-memory homes.
#include <doctest/doctest.h>

#include "source/source_set.h"
#include "startup/load_order.h"
#include "syntax/parser.h"

using namespace rclint;
using startup::Context;
using startup::Mode;
using startup::Platform;
using startup::Shell;

namespace {

struct Home {
  source::MemoryFileSystem fs;
  std::map<std::string, std::string> env;
  bool from_fs = false;

  Home& file(const std::string& name, std::string text) {
    fs.add_file(name.starts_with("/") ? name : "/home/u/" + name, std::move(text));
    return *this;
  }

  // The files the context reads, as short names ("~/.zshrc", "/etc/profile").
  std::vector<std::string> order(Shell shell, Mode mode, Platform platform = Platform::Debian) {
    source::SourceSet sources(fs, {2 << 20, "/home/u", "/home/u"});
    syntax::Parser parser;
    startup::ModelOptions options;
    options.home = "/home/u";
    options.system_files_from_fs = from_fs;
    options.env = env;
    startup::StartupModel model(sources, parser, options);
    startup::LoadOrder order = model.order(Context{shell, mode, platform});
    std::vector<std::string> names;
    for (const auto& f : order.files) names.push_back(sources.shell_name(f.path));
    last_cycles = order.cycles.size();
    last_unresolved = order.unresolved.size();
    return names;
  }
  size_t last_cycles = 0;
  size_t last_unresolved = 0;
};

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("zsh reads its four user files by mode (startup-order.md §1)") {
  Home home;
  home.file(".zshenv", "").file(".zprofile", "").file(".zshrc", "").file(".zlogin", "");
  CHECK(home.order(Shell::Zsh, Mode::Login) ==
        Names{"/etc/zsh/zshenv", "~/.zshenv", "/etc/zsh/zprofile", "~/.zprofile", "/etc/zsh/zshrc",
              "~/.zshrc", "/etc/zsh/zlogin", "~/.zlogin"});
  CHECK(home.order(Shell::Zsh, Mode::Interactive) ==
        Names{"/etc/zsh/zshenv", "~/.zshenv", "/etc/zsh/zshrc", "~/.zshrc"});
  CHECK(home.order(Shell::Zsh, Mode::Script) == Names{"/etc/zsh/zshenv", "~/.zshenv"});
  CHECK(home.order(Shell::Zsh, Mode::LoginScript) == Names{"/etc/zsh/zshenv", "~/.zshenv",
                                                           "/etc/zsh/zprofile", "~/.zprofile",
                                                           "/etc/zsh/zlogin", "~/.zlogin"});
  CHECK(home.order(Shell::Zsh, Mode::Login, Platform::Macos) ==
        Names{"~/.zshenv", "/etc/zprofile", "~/.zprofile", "/etc/zshrc", "~/.zshrc", "~/.zlogin"});
}

TEST_CASE("ZDOTDIR set in ~/.zshenv moves the later zsh files, not .zshenv itself") {
  Home home;
  home.file(".zshenv", "export ZDOTDIR=$HOME/.config/zsh\n")
      .file(".zshrc", "")
      .file(".config/zsh/.zshrc", "")
      .file(".config/zsh/.zshenv", "");
  CHECK(home.order(Shell::Zsh, Mode::Interactive) ==
        Names{"/etc/zsh/zshenv", "~/.zshenv", "/etc/zsh/zshrc", "~/.config/zsh/.zshrc"});
  Home env;
  env.file(".config/zsh/.zshenv", "").file(".zshenv", "");
  env.env["ZDOTDIR"] = "/home/u/.config/zsh";
  CHECK(env.order(Shell::Zsh, Mode::Script) == Names{"/etc/zsh/zshenv", "~/.config/zsh/.zshenv"});
}

TEST_CASE("unsetopt RCS stops later files; GLOBAL_RCS skips /etc files only") {
  Home rcs;
  rcs.file(".zshenv", "unsetopt RCS\n").file(".zshrc", "");
  CHECK(rcs.order(Shell::Zsh, Mode::Interactive) == Names{"/etc/zsh/zshenv", "~/.zshenv"});
  Home global;
  global.file(".zshenv", "setopt no_global_rcs\n").file(".zshrc", "");
  CHECK(global.order(Shell::Zsh, Mode::Interactive) ==
        Names{"/etc/zsh/zshenv", "~/.zshenv", "~/.zshrc"});
}

TEST_CASE("bash login reads only the first existing profile") {
  Home home;
  home.file(".bash_login", "").file(".profile", "").file(".bashrc", "");
  CHECK(home.order(Shell::Bash, Mode::Login) ==
        Names{"/etc/profile", "/etc/bash.bashrc", "~/.bash_login"});
  CHECK(home.order(Shell::Bash, Mode::Interactive) == Names{"/etc/bash.bashrc", "~/.bashrc"});
  CHECK(home.order(Shell::Bash, Mode::Script).empty());
}

TEST_CASE("guards are decided per context: the skeleton's case $- stops ssh-command") {
  Home home;
  home.file(".bashrc",
            "export A=1\ncase $- in\n  *i*) ;;\n  *) return;;\nesac\n"
            "[ -f ~/.bash_aliases ] && . ~/.bash_aliases\n")
      .file(".bash_aliases", "alias ll='ls -l'\n");
  CHECK(home.order(Shell::Bash, Mode::Interactive) ==
        Names{"/etc/bash.bashrc", "~/.bashrc", "~/.bash_aliases"});
  CHECK(home.order(Shell::Bash, Mode::SshCommand) == Names{"/etc/bash.bashrc", "~/.bashrc"});
}

TEST_CASE("BASH_ENV and ENV name files, expanded") {
  Home home;
  home.file(".bash_env", "").file(".shrc", "").file(".profile", "ENV=$HOME/.shrc; export ENV\n");
  home.env["BASH_ENV"] = "$HOME/.bash_env";
  CHECK(home.order(Shell::Bash, Mode::Script) == Names{"~/.bash_env"});
  CHECK(home.order(Shell::Sh, Mode::Login) == Names{"/etc/profile", "~/.profile", "~/.shrc"});
}

TEST_CASE("sources through variables, loops, globs and functions") {
  Home home;
  home.file(".zshrc",
            "d=${XDG_CONFIG_HOME:-$HOME/.config}/zsh\nsource $d/a.zsh\n"
            "for f in ~/.zsh/*.zsh(N); do source $f; done\n"
            "load() { source ~/.zsh/late.sh; }\nload\n"
            "source $(brew --prefix)/x.sh\n")
      .file(".config/zsh/a.zsh", "")
      .file(".zsh/b.zsh", "")
      .file(".zsh/c.zsh", "")
      .file(".zsh/late.sh", "");
  CHECK(home.order(Shell::Zsh, Mode::Interactive) ==
        Names{"/etc/zsh/zshenv", "/etc/zsh/zshrc", "~/.zshrc", "~/.config/zsh/a.zsh",
              "~/.zsh/b.zsh", "~/.zsh/c.zsh", "~/.zsh/late.sh"});
  CHECK(home.last_unresolved == 1);  // $(brew --prefix) cannot be known
}

TEST_CASE("a source cycle is recorded, not followed") {
  Home home;
  home.file(".bash_profile", ". ~/.bashrc\n").file(".bashrc", ". ~/.bash_profile\n");
  CHECK(home.order(Shell::Bash, Mode::Login) ==
        Names{"/etc/profile", "/etc/bash.bashrc", "~/.bash_profile", "~/.bashrc"});
  CHECK(home.last_cycles == 1);
}

TEST_CASE("with the root as input, /etc files are read and followed") {
  Home home;
  home.from_fs = true;
  home.file("/etc/profile",
            "for i in /etc/profile.d/*.sh; do\n  if [ -r $i ]; then\n    . $i\n  fi\ndone\n")
      .file("/etc/profile.d/a.sh", "")
      .file("/etc/profile.d/b.sh", "")
      .file(".profile", "");
  CHECK(home.order(Shell::Sh, Mode::Login) ==
        Names{"/etc/profile", "/etc/profile.d/a.sh", "/etc/profile.d/b.sh", "~/.profile"});
}

TEST_CASE("macOS: bash 3.2 has no SYS_BASHRC; /etc/profile sources /etc/bashrc (stock model)") {
  Home home;
  home.file(".bash_profile", "").file(".bashrc", "");
  CHECK(home.order(Shell::Bash, Mode::Interactive, Platform::Macos) == Names{"~/.bashrc"});
  CHECK(home.order(Shell::Bash, Mode::Login, Platform::Macos) ==
        Names{"/etc/profile", "/etc/bashrc", "~/.bash_profile"});
  CHECK(home.order(Shell::Bash, Mode::LoginScript, Platform::Macos) ==
        Names{"/etc/profile", "~/.bash_profile"});
  // No SSH_SOURCE_BASHRC in Apple's build: `ssh mac cmd` reads what a script reads.
  CHECK(home.order(Shell::Bash, Mode::SshCommand, Platform::Macos).empty());
  // macOS's /bin/sh is bash: $BASH is set, so /etc/profile sources /etc/bashrc.
  CHECK(home.order(Shell::Sh, Mode::Login, Platform::Macos) ==
        Names{"/etc/profile", "/etc/bashrc"});
}

TEST_CASE("macOS: zsh ships only /etc/zprofile and /etc/zshrc") {
  Home home;
  home.file(".zshenv", "");
  CHECK(home.order(Shell::Zsh, Mode::Script, Platform::Macos) == Names{"~/.zshenv"});
  CHECK(home.order(Shell::Zsh, Mode::Interactive, Platform::Macos) ==
        Names{"~/.zshenv", "/etc/zshrc"});
}
