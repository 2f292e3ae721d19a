// Tests of the environment simulation: symbolic values (startup/value.h), the walk's
// assignments, and the known commands (simulation/known_commands.toml), on in-memory homes.
// The real-shell oracle for the same questions is tests/shells (harness.py).
#include <doctest/doctest.h>

#include <algorithm>

#include "simulation/environment_report.h"
#include "simulation/go_env.h"
#include "simulation/known_commands.h"
#include "source/source_set.h"
#include "startup/load_order.h"
#include "syntax/parser.h"

using namespace rclint;
using startup::Context;
using startup::Mode;
using startup::Platform;
using startup::Shell;
using startup::Value;

namespace {

struct Home {
  source::MemoryFileSystem fs;
  std::map<std::string, std::string> env{{"PATH", "/usr/bin:/bin"}};
  std::string uid = "1000";

  Home& file(const std::string& name, std::string text) {
    fs.add_file(name.starts_with("/") ? name : "/home/u/" + name, std::move(text));
    return *this;
  }

  startup::StaticEnv run(Shell shell, Mode mode, Platform platform = Platform::Debian) {
    source::SourceSet sources(fs, {2 << 20, "/home/u", "/home/u"});
    syntax::Parser parser;
    auto commands = simulation::KnownCommands::builtin(fs, false);
    startup::ModelOptions options;
    options.home = "/home/u";
    options.env = env;
    options.env["HOME"] = "/home/u";
    options.uid = uid;
    options.commands = commands.get();
    startup::StartupModel model(sources, parser, options);
    startup::LoadOrder order = model.order(Context{shell, mode, platform});
    last_report = simulation::environment_report({order}, {"PATH"}, {});
    return order.environment;
  }
  std::vector<simulation::ContextReport> last_report;
};

// The rendered value ("${?…}" for unknown parts), or "<unset>".
std::string value(const startup::StaticEnv& env, const std::string& name) {
  const startup::Variable* v = env.find(name);
  return v == nullptr ? "<unset>" : v->value.render();
}

bool exact(const startup::StaticEnv& env, const std::string& name) { return env.is_known(name); }

bool exported(const startup::StaticEnv& env, const std::string& name) {
  const startup::Variable* v = env.find(name);
  return v != nullptr && v->exported;
}

}  // namespace

TEST_CASE("values: split, join, merge keep what both paths share") {
  Value a = Value::of("/usr/bin:/bin");
  Value b = Value::of("/opt/go/bin:/usr/bin:/bin");
  Value merged = startup::merge_values(a, b, "maybe");
  CHECK_FALSE(merged.exact());
  CHECK(merged.render() == "${?maybe}/usr/bin:/bin");
  CHECK(startup::merge_values(Value::of("/a/x:/b"), Value::of("/a/y:/b"), "?").render() ==
        "${??}/b");
  CHECK(Value::join(b.split(':'), ':') == b);
  CHECK(startup::unique_entries(Value::of("/a:/b:/a:/c:/b"), ':').render() == "/a:/b:/c");
  CHECK(startup::without_entry(Value::of("/s:/a:/s"), "/s", ':').render() == "/a");
  CHECK(Value().is_empty() == true);
  CHECK(Value::unknown("x").is_empty() == std::nullopt);
}

// Long values are linked rather than copied when appended (value.h); what they say must not
// depend on it: the same pieces, the same text, equal to the value built flat.
TEST_CASE("values: a PATH grown by thousands of prepends and appends reads as if built flat") {
  startup::Origin here{nullptr, 7, "here"};
  Value linked = Value::of("/usr/bin:/bin");
  std::string expected = "/usr/bin:/bin";
  std::vector<Value> versions;  // every version stays alive, as the trace keeps them
  for (int i = 0; i < 5000; ++i) {
    std::string dir = "/t" + std::to_string(i);
    startup::Origin at{nullptr, static_cast<uint32_t>(i), "step"};
    Value next = Value::of(dir + ":", at);
    if (i % 3 == 0) {  // `PATH=$PATH:/t…`
      next = linked;
      next.append(":" + dir, at);
      expected += ":" + dir;
    } else {  // `PATH=/t…:$PATH`
      next.append(linked);
      expected = dir + ":" + expected;
    }
    if (i == 2500) next.append(Value::unknown("$(tool)", here));
    if (i == 2500) expected += "${?$(tool)}";
    versions.push_back(next);
    linked = std::move(next);
  }
  CHECK(linked.render() == expected);
  CHECK_FALSE(linked.exact());
  CHECK(linked.split(':').size() == 5002);
  CHECK(linked.front() != nullptr);
  CHECK(linked.front()->text == "/t4999:");
  // Equality looks at the pieces, not at how they are stored.
  Value flat = linked;
  CHECK(flat.pieces().size() > 16);  // flattens this copy only
  CHECK(flat == linked);
  CHECK(versions[2499].render().size() < versions[2500].render().size());
  CHECK(versions.front().render() == "/usr/bin:/bin:/t0");
  // Nothing to drop: typeset -U gives the value back, still shared.
  CHECK(startup::unique_entries(versions[100], ':') == versions[100]);
  // Adjacent known text from one place is one piece, however it was appended.
  Value a = Value::of("/a", here);
  for (int i = 0; i < 40; ++i) a.append(Value::of(":/x" + std::to_string(i), here));
  Value b = Value::of("/b", here);
  b.append(a);
  CHECK(b.pieces().size() == 1);
}

TEST_CASE("PATH additions keep the file:line of each entry") {
  Home home;
  home.file(".profile", "export GOPATH=$HOME/go\nexport PATH=\"$PATH:$GOPATH/bin\"\n");
  auto env = home.run(Shell::Sh, Mode::Login);
  CHECK(value(env, "PATH") ==
        "/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games:/home/u/go/bin");
  CHECK(exact(env, "PATH"));
  const auto& path = home.last_report[0].variables[0];
  REQUIRE(path.entries.size() == 6);
  CHECK(path.entries[0].from.short_text() == "/etc/profile");
  CHECK(path.entries[5].from.short_text() == "~/.profile:2");
}

TEST_CASE("export, plain assignment, export -n, readonly, export before assignment") {
  Home home;
  home.file(".bashrc",
            "GOPATH=$HOME/go\nexport GOBIN\nGOBIN=$GOPATH/bin\nexport GOFLAGS=-mod=mod\n"
            "export -n GOFLAGS\nreadonly GOROOT=/usr/lib/go\nGOROOT=/x\n");
  auto env = home.run(Shell::Bash, Mode::Interactive);
  CHECK_FALSE(exported(env, "GOPATH"));
  CHECK(exported(env, "GOBIN"));
  CHECK(value(env, "GOBIN") == "/home/u/go/bin");
  CHECK_FALSE(exported(env, "GOFLAGS"));
  CHECK(value(env, "GOROOT") == "/usr/lib/go");  // bash refuses the second assignment
}

TEST_CASE("tilde: after ':' in assignments, never inside quotes") {
  Home home;
  home.file(".bashrc", "A=~/x:~/y\nB=\"~/go/bin\"\nexport C=$A:~/z\n");
  auto env = home.run(Shell::Bash, Mode::Interactive);
  CHECK(value(env, "A") == "/home/u/x:/home/u/y");
  CHECK(value(env, "B") == "~/go/bin");
  CHECK(value(env, "C") == "/home/u/x:/home/u/y:/home/u/z");
}

TEST_CASE("zsh tied arrays and typeset -U") {
  Home home;
  home.file(".zshenv",
            "typeset -U path\npath=(~/go/bin $path ~/go/bin)\npath+=(/opt/x)\n"
            "fpath=(~/.zfunc $fpath)\nextra=(/e1 /e2)\npath=($extra $path)\n");
  auto env = home.run(Shell::Zsh, Mode::Script);
  CHECK(value(env, "PATH") == "/e1:/e2:/home/u/go/bin:/usr/bin:/bin:/opt/x");
  CHECK(exact(env, "PATH"));
  // zsh starts with its own fpath, which rclint does not know.
  CHECK_FALSE(exact(env, "FPATH"));
  CHECK(value(env, "FPATH").starts_with("/home/u/.zfunc:"));
}

TEST_CASE("functions with arguments and locals; loops over literal lists") {
  Home home;
  home.file(".bashrc",
            "path_prepend() { local dir=\"$1\"\n  case \":$PATH:\" in *\":$dir:\"*) ;; *) "
            "PATH=\"$dir:$PATH\";; esac\n}\npath_prepend ~/go/bin\npath_prepend /usr/bin\n"
            "for d in /opt/a /opt/b; do PATH=$PATH:$d; done\n");
  auto env = home.run(Shell::Bash, Mode::Interactive);
  CHECK(value(env, "PATH") == "/home/u/go/bin:/usr/bin:/bin:/opt/a:/opt/b");
  CHECK(value(env, "dir") == "<unset>");
}

TEST_CASE("undecided branches merge; decidable ones are followed") {
  Home home;
  home.file(".bashrc",
            "if command -v go >/dev/null; then export PATH=$PATH:/usr/local/go/bin; fi\n"
            "case $OSTYPE in darwin*) export BROWSER=open;; linux*) export BROWSER=xdg-open;; "
            "esac\n[[ $- == *i* ]] && export INTERACTIVE=yes\n");
  auto env = home.run(Shell::Bash, Mode::Interactive);
  CHECK_FALSE(exact(env, "PATH"));
  CHECK(value(env, "PATH") == "/usr/bin:/bin${?set in a branch rclint cannot decide}");
  CHECK(value(env, "BROWSER") == "xdg-open");
  CHECK(value(env, "INTERACTIVE") == "yes");
}

TEST_CASE("bash splits unquoted expansions on IFS; zsh does not") {
  Home home;
  home.file(".bashrc", "L='a b'\nfor x in $L; do N=$N.$x; done\n");
  home.file(".zshrc", "L='a b'\nfor x in $L; do N=$N.$x; done\n");
  CHECK(value(home.run(Shell::Bash, Mode::Interactive), "N") == ".a.b");
  CHECK(value(home.run(Shell::Zsh, Mode::Interactive), "N") == ".a b");
}

TEST_CASE("command substitutions rclint cannot run make honest unknown parts") {
  Home home;
  home.file(".profile", "export GOROOT=$(cat /etc/goroot)\nexport X=\"a:$(hostname):b\"\n");
  auto env = home.run(Shell::Sh, Mode::Login);
  CHECK(value(env, "GOROOT") == "${?$(cat /etc/goroot)}");
  CHECK(value(env, "X") == "a:${?$(hostname)}:b");
  CHECK_FALSE(exact(env, "X"));
}

TEST_CASE("go env GOPATH: the exported GOPATH, else the go env file's, else $HOME/go") {
  Home home;
  home.file(".profile",
            "export A=$(go env GOPATH)\nGOPATH=/unexported\nB=$(go env GOPATH)\n"
            "export GOPATH\nC=$(go env GOPATH)\nD=$(go env GOROOT)\n");
  auto env = home.run(Shell::Sh, Mode::Login);
  CHECK(value(env, "A") == "/home/u/go");
  CHECK(value(env, "B") == "/home/u/go");  // go does not see an unexported GOPATH
  CHECK(value(env, "C") == "/unexported");
  CHECK(value(env, "D") == "${?$(go env GOROOT)}");
  home.file(".config/go/env", "GOPROXY=off\nGOPATH=/from/go/env\n");
  env = home.run(Shell::Sh, Mode::Login);
  CHECK(value(env, "A") == "/from/go/env");
  CHECK(value(env, "B") == "/from/go/env");
  CHECK(value(env, "C") == "/unexported");  // the environment wins over the file
  // GOENV moves it (and XDG_CONFIG_HOME, on Linux); GOENV=off turns it off.
  home.file(".profile", "export GOENV=off\nexport A=$(go env GOPATH)\n");
  CHECK(value(home.run(Shell::Sh, Mode::Login), "A") == "/home/u/go");
  home.file(".profile", "export XDG_CONFIG_HOME=$HOME/.cfg\nexport A=$(go env GOPATH)\n");
  home.file(".cfg/go/env", "GOPATH=/from/cfg\n");
  CHECK(value(home.run(Shell::Sh, Mode::Login), "A") == "/from/cfg");
  // macOS ignores XDG_CONFIG_HOME: ~/Library/Application Support/go/env only.
  CHECK(value(home.run(Shell::Sh, Mode::Login, Platform::Macos), "A") == "/home/u/go");
}

TEST_CASE("brew shellenv: the prefix from the command's path, or from PATH") {
  Home home;
  home.file(".zprofile", "eval \"$(/opt/homebrew/bin/brew shellenv)\"\n");
  auto env = home.run(Shell::Zsh, Mode::Login, Platform::Macos);
  CHECK(value(env, "HOMEBREW_PREFIX") == "/opt/homebrew");
  CHECK(value(env, "HOMEBREW_REPOSITORY") == "/opt/homebrew");
  CHECK(exported(env, "HOMEBREW_CELLAR"));
  CHECK(value(env, "PATH").starts_with("/opt/homebrew/bin:/opt/homebrew/sbin:/usr/local/bin:"));
  CHECK(exact(env, "PATH"));
  // Linuxbrew found through PATH; bare `brew` with no Homebrew on PATH stays unknown.
  Home linux;
  linux.file(".profile",
             "PATH=/home/linuxbrew/.linuxbrew/bin:$PATH\neval \"$(brew shellenv)\"\n"
             "P=$(brew --prefix go)\n");
  auto on_linux = linux.run(Shell::Sh, Mode::Login);
  CHECK(value(on_linux, "HOMEBREW_REPOSITORY") == "/home/linuxbrew/.linuxbrew/Homebrew");
  CHECK(value(on_linux, "P") == "/home/linuxbrew/.linuxbrew/opt/go");
  Home nowhere;
  nowhere.file(".profile", "eval \"$(brew shellenv)\"\n");
  CHECK_FALSE(exact(nowhere.run(Shell::Sh, Mode::Login), "PATH"));
}

TEST_CASE("macOS path_helper moves ~/.zshenv's entries behind /etc/paths in login shells") {
  Home home;
  home.env["PATH"] = "/usr/bin:/bin:/usr/sbin:/sbin";
  home.file(".zshenv", "export PATH=\"$HOME/bin:/usr/local/go/bin:$PATH\"\n");
  auto login = home.run(Shell::Zsh, Mode::Login, Platform::Macos);
  CHECK(value(login, "PATH").starts_with("/usr/local/bin:/System/Cryptexes/App/usr/bin:/usr/bin:"));
  CHECK(value(login, "PATH").ends_with(":/Library/Apple/usr/bin:/home/u/bin:/usr/local/go/bin"));
  auto script = home.run(Shell::Zsh, Mode::Script, Platform::Macos);
  CHECK(value(script, "PATH") == "/home/u/bin:/usr/local/go/bin:/usr/bin:/bin:/usr/sbin:/sbin");
}

TEST_CASE("version managers: pyenv, rbenv, mise, direnv; unknown evals clobber exports") {
  Home home;
  home.file(".bashrc",
            "export PATH=/home/u/.pyenv/shims:$PATH\neval \"$(pyenv init -)\"\n"
            "eval \"$(direnv hook bash)\"\nexport GOPATH=~/go\n");
  auto env = home.run(Shell::Bash, Mode::Interactive);
  CHECK(value(env, "PATH") == "/home/u/.pyenv/shims:/usr/bin:/bin");
  CHECK(value(env, "PYENV_SHELL") == "bash");
  CHECK(exact(env, "GOPATH"));
  home.file(".bashrc", "export GOPATH=~/go\neval \"$(some-tool init bash)\"\n");
  CHECK_FALSE(exact(home.run(Shell::Bash, Mode::Interactive), "GOPATH"));
}

TEST_CASE("Debian's stock /etc/profile sets PATH by uid") {
  Home home;
  home.uid = "0";
  CHECK(value(home.run(Shell::Sh, Mode::Login), "PATH") ==
        "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
}

TEST_CASE("the built-in known-command data parses, and bad data is an error") {
  source::MemoryFileSystem fs;
  CHECK(simulation::KnownCommands::parse("[[command]]\nmatch = [\"x\"]\nplatform = \"beos\"\n", fs,
                                         false)
            .has_value() == false);
  CHECK(simulation::KnownCommands::parse("[[command]\n", fs, false).has_value() == false);
  auto builtin = simulation::KnownCommands::builtin(fs, false);
  CHECK(builtin->login_environment(Platform::Macos).at("PATH") == "/usr/bin:/bin:/usr/sbin:/sbin");
  CHECK(builtin->toolchain_variables().front() == "GOROOT");
}

TEST_CASE("trace: statements, assignments with before and after, reads with their state") {
  // Rules reason over what happened in which order (use-before-set, path-overwrite,
  // env-interactive-only), so the trace must say what each step saw.
  source::MemoryFileSystem fs;
  fs.add_file("/home/u/.zprofile",
              "export PATH=\"$GOPATH/bin:$PATH\"\n"
              "[[ -o interactive ]] && echo hi\n"
              "[ -d /opt/x ] && FOO=1\n");
  fs.add_file("/home/u/.zshrc", "export GOPATH=$HOME/go\nGOPATH+=:/x\n");
  source::SourceSet sources(fs, {2 << 20, "/home/u", "/home/u"});
  syntax::Parser parser;
  startup::ModelOptions options;
  options.home = "/home/u";
  options.env = {{"PATH", "/usr/bin:/bin"}, {"HOME", "/home/u"}};
  startup::StartupModel model(sources, parser, options);
  const source::SourceFile* zprofile = nullptr;

  startup::LoadOrder login = model.order(Context{Shell::Zsh, Mode::Login, Platform::Debian});
  zprofile = sources.find("/home/u/.zprofile");
  REQUIRE(zprofile != nullptr);
  const startup::Trace& trace = login.trace;
  // The read of $GOPATH in ~/.zprofile comes before ~/.zshrc sets it.
  auto gopath_read = std::find_if(trace.reads.begin(), trace.reads.end(),
                                  [](const auto& r) { return r.name == "GOPATH"; });
  REQUIRE(gopath_read != trace.reads.end());
  CHECK(gopath_read->state == startup::VariableRead::State::Unset);
  CHECK(gopath_read->at.file == zprofile);
  auto gopath_set = std::find_if(trace.assignments.begin(), trace.assignments.end(),
                                 [](const auto& a) { return a.name == "GOPATH"; });
  REQUIRE(gopath_set != trace.assignments.end());
  CHECK(gopath_set->at.sequence > gopath_read->at.sequence);
  CHECK(!gopath_set->before);
  REQUIRE(gopath_set->after);
  CHECK(gopath_set->after->exported);  // `export X=…`: the event carries the final attributes
  CHECK(gopath_set->syntax != nullptr);
  // PATH's event has the value before and after.
  auto path_set =
      std::find_if(trace.assignments.begin(), trace.assignments.end(),
                   [&](const auto& a) { return a.name == "PATH" && a.at.file == zprofile; });
  REQUIRE(path_set != trace.assignments.end());
  CHECK(path_set->before->value.render() == "/usr/bin:/bin");
  CHECK(path_set->after->value.render() == "/bin:/usr/bin:/bin");
  // `echo hi` runs behind a decided guard in login shells; FOO=1 behind an undecided test.
  auto echo = std::find_if(trace.statements.begin(), trace.statements.end(), [](const auto& s) {
    return std::holds_alternative<syntax::Command>(s.statement->node) &&
           std::get<syntax::Command>(s.statement->node).name() == "echo";
  });
  REQUIRE(echo != trace.statements.end());
  CHECK(!echo->at.conditional);
  CHECK(echo->at.top == zprofile);
  auto foo = std::find_if(trace.assignments.begin(), trace.assignments.end(),
                          [](const auto& a) { return a.name == "FOO"; });
  REQUIRE(foo != trace.assignments.end());
  CHECK(foo->at.conditional);

  // A non-interactive login never runs the guarded echo.
  startup::LoadOrder script = model.order(Context{Shell::Zsh, Mode::LoginScript, Platform::Debian});
  CHECK(std::none_of(script.trace.statements.begin(), script.trace.statements.end(),
                     [](const auto& s) {
                       return std::holds_alternative<syntax::Command>(s.statement->node) &&
                              std::get<syntax::Command>(s.statement->node).name() == "echo";
                     }));
}

TEST_CASE("trace: a nested shell starts from what its parent exported") {
  // path-duplicate-entry asks what a `zsh` typed inside zsh does to PATH.
  source::MemoryFileSystem fs;
  fs.add_file("/home/u/.zshrc", "export PATH=\"$HOME/bin:$PATH\"\n");
  source::SourceSet sources(fs, {2 << 20, "/home/u", "/home/u"});
  syntax::Parser parser;
  startup::ModelOptions options;
  options.home = "/home/u";
  options.env = {{"PATH", "/usr/bin:/bin"}, {"HOME", "/home/u"}};
  startup::StartupModel model(sources, parser, options);
  Context interactive{Shell::Zsh, Mode::Interactive, Platform::Macos};
  startup::LoadOrder first = model.order(interactive);
  CHECK(first.environment.get("PATH") == "/home/u/bin:/usr/bin:/bin");
  startup::LoadOrder nested =
      model.order(interactive, {{"PATH", "/home/u/bin:/usr/bin:/bin"}, {"HOME", "/home/u"}});
  CHECK(nested.environment.get("PATH") == "/home/u/bin:/home/u/bin:/usr/bin:/bin");
}

TEST_CASE("the known go installs name a GOROOT and a PATH entry") {
  source::MemoryFileSystem fs;
  auto builtin = simulation::KnownCommands::builtin(fs, false);
  const simulation::GoInstalls& go = builtin->go_installs();
  const std::string home = "/home/u";
  auto sdk = go.root("/home/u/sdk/go1.22.0/", Platform::Debian, home);
  REQUIRE(sdk);
  CHECK(sdk->version == "1.22.0");
  CHECK(sdk->standard);
  CHECK(sdk->root == "/home/u/sdk/go1.22.0");
  auto other_sdk = go.bin("/home/u/sdk/go1.21.0/bin", Platform::Debian, home);
  REQUIRE(other_sdk);
  CHECK_FALSE(sdk->same_install(*other_sdk));
  CHECK(sdk->same_install(*go.bin("/home/u/sdk/go1.22.0/bin", Platform::Debian, home)));
  // GOPATH's bin is no install; Homebrew is macOS only; the Cellar is Homebrew's go too.
  CHECK_FALSE(go.bin("/home/u/go/bin", Platform::Debian, home));
  CHECK_FALSE(go.root("/opt/homebrew/opt/go/libexec", Platform::Debian, home));
  auto cellar = go.root("/opt/homebrew/Cellar/go/1.22.3/libexec", Platform::Macos, home);
  REQUIRE(cellar);
  CHECK_FALSE(cellar->standard);
  CHECK(cellar->root == "/opt/homebrew/opt/go/libexec");
  auto brew_bin = go.bin("/opt/homebrew/bin", Platform::Macos, home);
  REQUIRE(brew_bin);
  CHECK(brew_bin->shared);
  CHECK(cellar->same_install(*brew_bin));
  // /usr/lib/go links the default version: it may be /usr/lib/go-1.19.
  auto debian = go.root("/usr/lib/go", Platform::Debian, home);
  REQUIRE(debian);
  CHECK(debian->same_install(*go.bin("/usr/lib/go-1.19/bin", Platform::Debian, home)));

  auto entries = [](std::string path) { return startup::Value::of(std::move(path)).split(':'); };
  using Kind = simulation::GoRootOnPath::Kind;
  CHECK(simulation::go_root_on_path(go, "/usr/local/go",
                                    entries("/opt/homebrew/bin:/usr/local/go/bin:/usr/bin"),
                                    Platform::Macos, home)
            .kind == Kind::Same);
  auto other = simulation::go_root_on_path(
      go, "/usr/local/go", entries("/usr/bin:/opt/homebrew/opt/go/libexec/bin:/usr/local/go/bin"),
      Platform::Macos, home);
  CHECK(other.kind == Kind::Other);
  CHECK(other.entry == 1);
  CHECK(simulation::go_root_on_path(go, "/opt/go", entries("/usr/local/go/bin:/opt/go/bin"),
                                    Platform::Debian, home)
            .kind == Kind::Other);
  CHECK(simulation::go_root_on_path(go, "/opt/go", entries("/usr/bin:/bin"), Platform::Debian, home)
            .kind == Kind::None);
  CHECK(simulation::KnownCommands::parse("[[go_install]]\nname = \"x\"\nroots = [\"/a/*/*\"]\n", fs,
                                         false)
            .has_value() == false);
}

TEST_CASE("which go a PATH runs: shims and unknown entries") {
  source::MemoryFileSystem fs;
  auto builtin = simulation::KnownCommands::builtin(fs, false);
  const simulation::GoInstalls& go = builtin->go_installs();
  using Kind = simulation::GoRootOnPath::Kind;
  // An entry rclint cannot know may hold any go: nothing is decided after it.
  startup::Value path = startup::Value::unknown("$(mise activate)");
  path.append(":/usr/local/go/bin", {});
  CHECK(simulation::go_root_on_path(go, "/opt/homebrew/opt/go/libexec", path.split(':'),
                                    Platform::Macos, "/Users/u")
            .kind == Kind::Unknown);
  // goenv's shims run some version of goenv's go: the same install as any of its roots.
  auto shims = startup::Value::of("/Users/u/.goenv/shims:/usr/local/go/bin").split(':');
  CHECK(simulation::go_root_on_path(go, "/Users/u/.goenv/versions/1.22.0", shims, Platform::Macos,
                                    "/Users/u")
            .kind == Kind::Same);
  auto versioned = go.root("/opt/homebrew/opt/go@1.21/libexec", Platform::Macos, "/Users/u");
  REQUIRE(versioned);
  CHECK(versioned->describe() == "Homebrew's go@1.21");
}

// simulation/go_env.h: what the go command accepts, case by case from cmd/go's sources.
TEST_CASE("go settings: the values go accepts and the ones it rejects or misreads") {
  using simulation::go_setting_problem;
  for (const char* ok : {"https://proxy.golang.org, direct", "proxy.corp:8080|direct", "off",
                         "file:///srv/proxy", "direct,not a url", ""}) {
    CHECK_MESSAGE(!go_setting_problem("GOPROXY", ok), ok);
  }
  for (const char* bad :
       {"goproxy,direct", "ftp://x", "/srv/proxy", "Direct", "https://a b", "file://host/p"}) {
    CHECK_MESSAGE(go_setting_problem("GOPROXY", bad), bad);
  }
  for (const char* ok : {"local", "auto", "path", "local+auto", "go1.22.1+path", "go1.21rc1", "go1",
                         "go1.21.0-corp", "gccgo-go1.22"}) {
    CHECK_MESSAGE(!go_setting_problem("GOTOOLCHAIN", ok), ok);
  }
  for (const char* bad :
       {"1.22", "go1.21.0rc1", "go01.2", "path+auto", "go1.22+latest", "go1.22/x"}) {
    CHECK_MESSAGE(go_setting_problem("GOTOOLCHAIN", bad), bad);
  }
  CHECK(!go_setting_problem("GO111MODULE", "auto"));
  CHECK(go_setting_problem("GO111MODULE", "On"));
  CHECK(!go_setting_problem("GOFLAGS", " -mod=mod  --trimpath "));
  CHECK(go_setting_problem("GOFLAGS", "-mod mod"));
  CHECK(go_setting_problem("GOFLAGS", "-=x"));
  CHECK(go_setting_problem("GOFLAGS", "-ldflags=\"-s -w\""));  // go: unknown flag -w"
  CHECK(!go_setting_problem("GOFLAGS", "-tags=\"a\""));
  CHECK(!go_setting_problem("GOPRIVATE", "*.corp.example,github.com/corp/,,x/[ab]*"));
  CHECK(go_setting_problem("GOPRIVATE", "github.com/a, github.com/b"));
  CHECK(go_setting_problem("GONOSUMDB", "https://github.com/corp"));
  CHECK(go_setting_problem("GONOPROXY", "corp.example/[ab"));
  CHECK(!go_setting_problem("GOPATH", "anything"));  // not a setting checked here
}
