// Tests of the filesystem facts the audit rules reason over (simulation/file_facts.h,
// running_go.h, go_env_file.h), on in-memory disks. The rules themselves are tested by their
// fixtures (tests/fixtures/<rule>), the whole audit by tests/cli.
#include <doctest/doctest.h>

#include "simulation/file_facts.h"
#include "simulation/go_env_file.h"
#include "simulation/known_commands.h"
#include "simulation/running_go.h"
#include "startup/load_order.h"
#include "syntax/parser.h"

using namespace rclint;
using startup::Platform;

namespace {

struct Disk {
  source::MemoryFileSystem fs;
  source::SourceSet sources{fs, {2 << 20, "/home/u", "/home/u"}};
  simulation::FileFacts facts{fs, sources};
  std::unique_ptr<simulation::KnownCommands> known = simulation::KnownCommands::builtin(fs, false);

  // A go install: root/bin/go (executable), root/src/runtime, root/VERSION.
  Disk& go(const std::string& root, const std::string& version = "") {
    fs.add_file(root + "/bin/go", "#!/bin/sh\n");
    fs.make_executable(root + "/bin/go");
    fs.add_directory(root + "/src/runtime");
    if (!version.empty()) fs.add_file(root + "/VERSION", version + "\ntime 2024-01-01\n");
    return *this;
  }

  simulation::RunningGo runs(const std::string& path, Platform platform = Platform::Debian) {
    return simulation::running_go(startup::Value::of(path), facts, known->go_installs(), platform,
                                  "/home/u");
  }
};

}  // namespace

TEST_CASE("why a path is not a directory names the link that broke") {
  Disk disk;
  disk.fs.add_directory("/usr/local");
  disk.fs.add_symlink("/usr/local/go", "/usr/local/go1.20");
  disk.fs.add_file("/opt/file", "");
  disk.fs.add_symlink("/loop", "/loop");
  CHECK(disk.facts.is_missing("/usr/local/go/bin"));
  CHECK(disk.facts.why_not_directory("/usr/local/go/bin") ==
        "/usr/local/go is a symlink to /usr/local/go1.20, which does not exist");
  CHECK(disk.facts.why_not_directory("/usr/local/go") ==
        "is a symlink to /usr/local/go1.20, which does not exist");
  CHECK(disk.facts.why_not_directory("/nowhere") == "does not exist");
  CHECK(disk.facts.why_not_directory("/nowhere/bin") == "does not exist, nor does /nowhere");
  CHECK(disk.facts.why_not_directory("/opt/file") == "is a file, not a directory");
  CHECK(disk.facts.why_not_directory("/opt/file/bin") == "/opt/file is a file, not a directory");
  CHECK(disk.facts.why_not_directory("/loop") == "is a symlink loop");
  CHECK(disk.facts.is_missing("/loop"));
  CHECK_FALSE(disk.facts.is_missing("/usr/local"));
}

TEST_CASE("the go a PATH runs: the first entry with an executable go, and its install") {
  Disk disk;
  disk.go("/usr/lib/go-1.19", "go1.19.8").go("/usr/local/go", "go1.22.3");
  disk.fs.add_symlink("/usr/bin/go", "../lib/go-1.19/bin/go");
  disk.fs.add_file("/usr/local/bin/notgo", "");
  disk.fs.add_file("/opt/bin/go", "not executable");

  simulation::RunningGo debian = disk.runs("/opt/bin:/usr/local/bin:/usr/bin:/usr/local/go/bin");
  REQUIRE(debian.kind == simulation::RunningGo::Kind::Found);
  CHECK(debian.go.path == "/usr/bin/go");
  CHECK(debian.go.real_path == "/usr/lib/go-1.19/bin/go");
  CHECK(debian.go.root == "/usr/lib/go-1.19");
  CHECK(debian.go.version == "go1.19.8");
  CHECK(debian.go.entry == 2);
  CHECK(debian.go.describe() ==
        "/usr/bin/go → /usr/lib/go-1.19/bin/go (Debian's golang 1.19, go1.19.8)");

  simulation::RunningGo dev = disk.runs("/usr/local/go/bin:/usr/bin");
  REQUIRE(dev.kind == simulation::RunningGo::Kind::Found);
  CHECK(dev.go.describe() == "/usr/local/go/bin/go (the go.dev install, go1.22.3)");
  CHECK_FALSE(dev.go.same_go(debian.go));

  CHECK(disk.runs("/usr/local/bin:/opt/bin").kind == simulation::RunningGo::Kind::NotFound);
  simulation::RunningGo unknown = disk.runs("bin:/usr/bin");
  CHECK(unknown.kind == simulation::RunningGo::Kind::Unknown);
  CHECK(unknown.why_unknown == "PATH entry 1 ('bin') is the working directory");
}

TEST_CASE("the same install through a link is the same go") {
  Disk disk;
  disk.go("/usr/local/go1.22.5", "go1.22.5");
  disk.fs.add_symlink("/usr/local/go", "go1.22.5");
  disk.fs.add_symlink("/usr/local/bin/go", "/usr/local/go/bin/go");
  simulation::RunningGo via_link = disk.runs("/usr/local/bin");
  simulation::RunningGo direct = disk.runs("/usr/local/go/bin");
  REQUIRE(via_link.kind == simulation::RunningGo::Kind::Found);
  REQUIRE(direct.kind == simulation::RunningGo::Kind::Found);
  CHECK(via_link.go.root == "/usr/local/go1.22.5");
  CHECK(via_link.go.same_go(direct.go));
  // macOS: os.Executable keeps the name it was run by, so go tries /usr/local first, then
  // the resolved path.
  CHECK(disk.runs("/usr/local/bin", Platform::Macos).go.root == "/usr/local/go1.22.5");
}

TEST_CASE("a GOROOT is usable only with bin/go and src/runtime") {
  Disk disk;
  disk.go("/usr/local/go");
  disk.fs.add_directory("/opt/nobin/src/runtime");
  disk.fs.add_file("/opt/nosrc/bin/go", "");
  disk.fs.make_executable("/opt/nosrc/bin/go");
  disk.fs.add_symlink("/opt/gone", "/opt/go1.18");
  CHECK_FALSE(simulation::goroot_problem("/usr/local/go", disk.facts));
  CHECK(simulation::goroot_problem("/opt/nobin", disk.facts)->what == "has no bin/go");
  CHECK(simulation::goroot_problem("/opt/nosrc", disk.facts)->what == "has no src/runtime");
  auto gone = simulation::goroot_problem("/opt/gone", disk.facts);
  REQUIRE(gone);
  CHECK(gone->what == "is a symlink to /opt/go1.18, which does not exist");
  CHECK(gone->consequence.find("cannot find GOROOT directory: /opt/gone") != std::string::npos);
}

TEST_CASE("the go env file: GOENV, XDG_CONFIG_HOME on Linux only, the platform default") {
  auto env_with = [](std::map<std::string, std::string> values, bool exported = true) {
    startup::StaticEnv env;
    for (const auto& [name, value] : values) {
      env.set(name, value);
      env.find(name)->exported = exported;
    }
    return env;
  };
  using simulation::go_env_file_location;
  CHECK(go_env_file_location(env_with({{"HOME", "/home/u"}}), Platform::Debian).path ==
        "/home/u/.config/go/env");
  CHECK(go_env_file_location(env_with({{"HOME", "/Users/u"}}), Platform::Macos).path ==
        "/Users/u/Library/Application Support/go/env");
  auto xdg = env_with({{"HOME", "/home/u"}, {"XDG_CONFIG_HOME", "/home/u/.cfg"}});
  CHECK(go_env_file_location(xdg, Platform::Debian).path == "/home/u/.cfg/go/env");
  CHECK(go_env_file_location(xdg, Platform::Macos).path ==
        "/home/u/Library/Application Support/go/env");
  auto relative = env_with({{"HOME", "/home/u"}, {"XDG_CONFIG_HOME", "cfg"}});
  CHECK(go_env_file_location(relative, Platform::Debian).path.empty());
  auto goenv = env_with({{"HOME", "/home/u"}, {"GOENV", "/etc/go.env"}});
  CHECK(go_env_file_location(goenv, Platform::Macos).path == "/etc/go.env");
  auto off = env_with({{"HOME", "/home/u"}, {"GOENV", "off"}});
  CHECK(go_env_file_location(off, Platform::Debian).path.empty());
  CHECK(go_env_file_location(off, Platform::Debian).known);
  // Not exported: go never sees it.
  auto hidden = env_with({{"GOENV", "/x"}}, false);
  hidden.set("HOME", "/home/u");
  hidden.find("HOME")->exported = true;
  CHECK(go_env_file_location(hidden, Platform::Debian).path == "/home/u/.config/go/env");
}

TEST_CASE("the go env file is read as go reads it") {
  auto settings = simulation::parse_go_env_file(
      "GOPATH=/a\n# comment=1\nlower=x\nGOPROXY=https://p, direct\nno equals\n\nGOPATH=/b");
  REQUIRE(settings.size() == 2);
  CHECK(settings[0].name == "GOPROXY");
  CHECK(settings[0].value == "https://p, direct");
  CHECK(settings[1].name == "GOPATH");
  CHECK(settings[1].value == "/b");  // the later line wins
  CHECK(settings[1].line.begin == 67);
}

namespace {

// PATH at the end of a macOS zsh:interactive whose /etc comes from `disk` (an audit).
std::string interactive_path(source::MemoryFileSystem& disk) {
  source::SourceSet sources(disk, {2 << 20, "/home/u", "/home/u"});
  syntax::Parser parser;
  auto commands = simulation::KnownCommands::builtin(disk, true);
  startup::ModelOptions options;
  options.home = "/home/u";
  options.system_files_from_fs = true;
  options.env = {{"PATH", "/usr/bin:/bin"}, {"HOME", "/home/u"}};
  options.commands = commands.get();
  startup::StartupModel model(sources, parser, options);
  startup::LoadOrder order =
      model.order({startup::Shell::Zsh, startup::Mode::Interactive, Platform::Macos});
  return order.environment.find("PATH")->value.render();
}

}  // namespace

TEST_CASE("a partly known path is decided from what the disk holds") {
  // Apple's /etc/zshrc: the zkbd file depends on $TERM and on $VENDOR, which zsh sets to a
  // value rclint does not know. No ~/.zkbd: the test is false, whatever they are.
  source::MemoryFileSystem disk;
  disk.add_file("/etc/zshrc",
                "if [[ -r ${ZDOTDIR:-$HOME}/.zkbd/${TERM}-${VENDOR} ]]; then\n"
                "  source ${ZDOTDIR:-$HOME}/.zkbd/${TERM}-${VENDOR}\n"
                "fi\n"
                "[ -r \"/etc/zshrc_$TERM_PROGRAM\" ] && . \"/etc/zshrc_$TERM_PROGRAM\"\n");
  disk.add_file("/etc/zshrc_Apple_Terminal", "shell_session_save() { :; }\n");
  disk.add_file("/home/u/.zshrc", "export PATH=\"$HOME/bin:$PATH\"\n");
  CHECK(interactive_path(disk) == "/home/u/bin:/usr/bin:/bin");
  // TERM is unset here: a file named for another terminal does not fit either.
  disk.add_file("/home/u/.zkbd/xterm-apple", "export PATH=/x\n");
  CHECK(interactive_path(disk) == "/home/u/bin:/usr/bin:/bin");
  disk.add_file("/home/u/.zkbd/-apple", "export PATH=/x\n");
  CHECK(interactive_path(disk).starts_with("/home/u/bin:${?"));
}
