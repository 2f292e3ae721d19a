// Tests of src/cli/config: .rclint.toml parsing, validation messages with positions, extend.
#include "cli/config.h"

#include <doctest/doctest.h>

#include <map>

using namespace rclint;
using namespace rclint::cli;

namespace {

const std::vector<std::string_view> kRules{"path-overwrite", "goroot-set", "path-duplicate-entry",
                                           "output-in-noninteractive"};

// An in-memory file tree, as the CLI's disk reader would see it.
struct Files {
  std::map<std::string, std::string> content;
  ConfigReader reader() const {
    return [this](const std::string& path) -> std::optional<std::string> {
      auto it = content.find(path);
      if (it == content.end()) return std::nullopt;
      return it->second;
    };
  }
};

Result<Config> parse(std::string_view text, const Files& files = {}) {
  return parse_config(text, "cfg.toml", kRules, files.reader());
}

// The error text of a config that must fail.
std::string error_of(std::string_view text, const Files& files = {}) {
  Result<Config> result = parse(text, files);
  REQUIRE_FALSE(result);
  return result.error().message;
}

}  // namespace

TEST_CASE("every documented key is read") {
  Result<Config> config = parse(R"(
select = ["path-overwrite", "goroot-set"]
ignore = ["path-duplicate-entry"]
max-file-size = "2MB"
layout = "stow"
platform = "macos"
contexts = ["zsh:login", "bash:ssh-command", "sh:interactive"]
[severity]
path-duplicate-entry = "warning"
goroot-set = "info"
[per-file-ignores]
"zsh/plugins/**" = ["output-in-noninteractive"]
"vendor/*" = ["all"]
[files]
"shell/zshrc" = ".zshrc"
)");
  REQUIRE(config);
  CHECK(*config->select == std::vector<std::string>{"path-overwrite", "goroot-set"});
  CHECK(*config->ignore == std::vector<std::string>{"path-duplicate-entry"});
  CHECK(config->max_file_size == 2u * 1024 * 1024);
  CHECK(config->layout == source::LayoutKind::Stow);
  CHECK(config->platform == startup::Platform::Macos);
  CHECK(config->contexts->size() == 3);
  CHECK(config->severity.at("path-duplicate-entry") == Severity::Warning);
  CHECK(config->severity.at("goroot-set") == Severity::Info);
  CHECK(config->per_file_ignores.at("zsh/plugins/**") ==
        std::vector<std::string>{"output-in-noninteractive"});
  CHECK(config->per_file_ignores.at("vendor/*") == std::vector<std::string>{"all"});
  CHECK(config->files.at("shell/zshrc") == ".zshrc");
  CHECK(config->sources == std::vector<std::string>{"cfg.toml"});
}

TEST_CASE("an empty config leaves everything unset") {
  Result<Config> config = parse("# nothing here\n");
  REQUIRE(config);
  CHECK_FALSE(config->select);
  CHECK_FALSE(config->ignore);
  CHECK_FALSE(config->max_file_size);
  CHECK_FALSE(config->layout);
  CHECK_FALSE(config->platform);
  CHECK_FALSE(config->contexts);
  CHECK(config->severity.empty());
  CHECK(config->files.empty());
}

TEST_CASE("TOML syntax errors carry toml++'s position") {
  CHECK(error_of("select = [\"a\"\nlayout = \"auto\"\n") ==
        "cfg.toml:2:1: invalid TOML: Error while parsing array: expected comma or closing "
        "']', saw 'l'");
  CHECK(error_of("layout = \n") ==
        "cfg.toml:1:10: invalid TOML: Error while parsing key-value pair: expected value, saw "
        "'\\n'");
  CHECK(error_of("layout = \"auto\"\nlayout = \"stow\"\n") ==
        "cfg.toml:2:10: invalid TOML: Error while parsing key-value pair: cannot redefine "
        "existing string 'layout'");
}

TEST_CASE("unknown keys are located and get a suggestion when one is close") {
  CHECK(error_of("selcet = []\n") == "cfg.toml:1:1: unknown key 'selcet'; did you mean 'select'?");
  CHECK(error_of("\n  colour = true\n") == "cfg.toml:2:3: unknown key 'colour'");
  // A misspelled table header is an unknown key too, located at its name.
  CHECK(error_of("[severty]\n") == "cfg.toml:1:2: unknown key 'severty'; did you mean 'severity'?");
}

TEST_CASE("wrong types name the expected and the actual type") {
  CHECK(error_of("select = \"path-overwrite\"\n") ==
        "cfg.toml:1:10: 'select' must be an array, not a string");
  CHECK(error_of("ignore = [\"goroot-set\", 3]\n") ==
        "cfg.toml:1:25: each entry of 'ignore' must be a string, not an integer");
  CHECK(error_of("layout = 1\n") == "cfg.toml:1:10: 'layout' must be a string, not an integer");
  CHECK(error_of("platform = true\n") ==
        "cfg.toml:1:12: 'platform' must be a string, not a boolean");
  CHECK(error_of("severity = \"error\"\n") ==
        "cfg.toml:1:12: 'severity' must be a table, not a string");
  CHECK(error_of("[severity]\ngoroot-set = 2\n") ==
        "cfg.toml:2:14: the severity of 'goroot-set' must be a string, not an integer");
  CHECK(error_of("[per-file-ignores]\n\"a/*\" = \"goroot-set\"\n") ==
        "cfg.toml:2:9: per-file-ignores 'a/*' must be an array, not a string");
  CHECK(error_of("[files]\n\"shell/zshrc\" = [\".zshrc\"]\n") ==
        "cfg.toml:2:17: files 'shell/zshrc' must be a string, not an array");
  CHECK(error_of("contexts = \"zsh:login\"\n") ==
        "cfg.toml:1:12: 'contexts' must be an array, not a string");
  CHECK(error_of("max-file-size = 2.5\n") ==
        "cfg.toml:1:17: 'max-file-size' must be a size like \"2MB\" or a number of bytes, not "
        "a float");
  CHECK(error_of("extend = 1\n") == "cfg.toml:1:10: 'extend' must be a string, not an integer");
}

TEST_CASE("unknown rule names are located wherever rules are named") {
  CHECK(error_of("select = [\"goroot-set\", \"path-overwrit\"]\n") ==
        "cfg.toml:1:25: unknown rule 'path-overwrit'; did you mean 'path-overwrite'?");
  CHECK(error_of("ignore = [\"no-such-thing-at-all\"]\n") ==
        "cfg.toml:1:11: unknown rule 'no-such-thing-at-all'");
  CHECK(error_of("[severity]\ngoroot-sett = \"info\"\n") ==
        "cfg.toml:2:1: unknown rule 'goroot-sett'; did you mean 'goroot-set'?");
  CHECK(error_of("[per-file-ignores]\n\"x\" = [\"al\"]\n") ==
        "cfg.toml:2:8: unknown rule 'al'; did you mean 'all'?");
  // "all" is a valid name in lists, but not a severity key.
  CHECK(error_of("[severity]\nall = \"info\"\n") == "cfg.toml:2:1: unknown rule 'all'");
}

TEST_CASE("bad severity, layout, platform and context names") {
  CHECK(error_of("[severity]\ngoroot-set = \"warn\"\n") ==
        "cfg.toml:2:14: unknown severity 'warn'; expected error, warning or info");
  CHECK(error_of("[severity]\ngoroot-set = \"eror\"\n") ==
        "cfg.toml:2:14: unknown severity 'eror'; did you mean 'error'?");
  CHECK(error_of("layout = \"stwo\"\n") ==
        "cfg.toml:1:10: unknown layout 'stwo'; did you mean 'stow'?");
  CHECK(error_of("layout = \"yadm\"\n") ==
        "cfg.toml:1:10: unknown layout 'yadm'; expected auto, plain, stow or chezmoi");
  CHECK(error_of("platform = \"macOS-14\"\n") ==
        "cfg.toml:1:12: unknown platform 'macOS-14'; expected debian or macos");
  CHECK(error_of("platform = \"debain\"\n") ==
        "cfg.toml:1:12: unknown platform 'debain'; did you mean 'debian'?");
  // sh has no script mode and only bash has ssh-command (spec §2).
  CHECK(error_of("contexts = [\"zsh:login\", \"sh:script\"]\n") ==
        "cfg.toml:1:26: unknown context 'sh:script'; did you mean 'zsh:script'?");
  CHECK(error_of("contexts = [\"zsh:ssh-command\"]\n") ==
        "cfg.toml:1:13: unknown context 'zsh:ssh-command'; did you mean 'bash:ssh-command'?");
  CHECK(error_of("contexts = [\"fish:interactive-login\"]\n")
            .starts_with("cfg.toml:1:13: unknown context 'fish:interactive-login'; expected "
                         "zsh:login, zsh:interactive, "));
}

TEST_CASE("size strings") {
  CHECK(parse_size("2MB") == 2u * 1024 * 1024);
  CHECK(parse_size("512 KB") == 512u * 1024);
  CHECK(parse_size("1gb") == 1024u * 1024 * 1024);
  CHECK(parse_size("100B") == 100u);
  CHECK(parse_size("4096") == 4096u);
  CHECK(parse_size(" 7 mb ") == 7u * 1024 * 1024);
  CHECK(parse_size("18446744073709551615") == UINT64_MAX);
  CHECK_FALSE(parse_size("18446744073709551616"));  // 2^64
  CHECK_FALSE(parse_size("17179869184GB"));         // 2^34 GB = 2^64 bytes
  CHECK_FALSE(parse_size("0"));
  CHECK_FALSE(parse_size("0MB"));
  CHECK_FALSE(parse_size(""));
  CHECK_FALSE(parse_size("MB"));
  CHECK_FALSE(parse_size("1.5MB"));
  CHECK_FALSE(parse_size("2 MiB"));
  CHECK_FALSE(parse_size("-2MB"));
  CHECK_FALSE(parse_size("2TB"));

  Result<Config> bytes = parse("max-file-size = 65536\n");
  REQUIRE(bytes);
  CHECK(bytes->max_file_size == 65536u);
  CHECK(error_of("max-file-size = \"2 MiB\"\n") ==
        "cfg.toml:1:17: invalid size '2 MiB'; expected a number of bytes with an optional unit "
        "B, KB, MB or GB, as in \"2MB\"");
  CHECK(error_of("max-file-size = 0\n") ==
        "cfg.toml:1:17: 'max-file-size' must be at least 1 byte");
  CHECK(error_of("max-file-size = -5\n") ==
        "cfg.toml:1:17: 'max-file-size' must be at least 1 byte");
}

TEST_CASE("every problem of a file is reported, in file order") {
  CHECK(error_of("layout = \"x\"\nselcet = []\n[severity]\ngoroot-set = \"loud\"\n") ==
        "cfg.toml:1:10: unknown layout 'x'; expected auto, plain, stow or chezmoi\n"
        "cfg.toml:2:1: unknown key 'selcet'; did you mean 'select'?\n"
        "cfg.toml:4:14: unknown severity 'loud'; expected error, warning or info");
}

TEST_CASE("extend: the extending file wins key by key, tables merge entry by entry") {
  Files files;
  files.content["conf/common.toml"] = R"(
select = ["path-overwrite", "goroot-set"]
ignore = ["path-duplicate-entry"]
layout = "stow"
max-file-size = "1MB"
[severity]
goroot-set = "info"
path-overwrite = "warning"
[files]
"a" = ".a"
"b" = ".b"
)";
  files.content["conf/home/.rclint.toml"] = R"(
extend = "../common.toml"
ignore = []
layout = "plain"
[severity]
path-overwrite = "error"
[files]
"b" = ".bee"
)";
  Result<Config> config = load_config("conf/home/.rclint.toml", kRules, files.reader());
  REQUIRE(config);
  CHECK(*config->select == std::vector<std::string>{"path-overwrite", "goroot-set"});
  CHECK(config->ignore->empty());
  CHECK(config->layout == source::LayoutKind::Plain);
  CHECK(config->max_file_size == 1024u * 1024);
  CHECK(config->severity.at("goroot-set") == Severity::Info);
  CHECK(config->severity.at("path-overwrite") == Severity::Error);
  CHECK(config->files.at("a") == ".a");
  CHECK(config->files.at("b") == ".bee");
  CHECK(config->sources == std::vector<std::string>{"conf/common.toml", "conf/home/.rclint.toml"});
}

TEST_CASE("extend: absolute targets, and problems reported in the extended file") {
  Files files;
  files.content["/etc/rclint/base.toml"] = "layout = \"stwo\"\n";
  CHECK(error_of("extend = \"/etc/rclint/base.toml\"\n", files) ==
        "/etc/rclint/base.toml:1:10: unknown layout 'stwo'; did you mean 'stow'?");
}

TEST_CASE("extend: a cycle is an error naming it, not an endless loop") {
  Files files;
  files.content["cfg.toml"] = "extend = \"./cfg.toml\"\n";
  CHECK(error_of(files.content["cfg.toml"], files) ==
        "cfg.toml:1:10: extend cycle: cfg.toml -> cfg.toml");

  files.content["a.toml"] = "extend = \"sub/b.toml\"\n";
  files.content["sub/b.toml"] = "select = []\nextend = \"../a.toml\"\n";
  Result<Config> cycle = load_config("a.toml", kRules, files.reader());
  REQUIRE_FALSE(cycle);
  CHECK(cycle.error().message == "sub/b.toml:2:10: extend cycle: a.toml -> sub/b.toml -> a.toml");
}

TEST_CASE("extend: a chain through ever new relative paths stops at a depth limit") {
  // "../x.toml" from "x.toml" is "../x.toml", then "../../x.toml", …: never the same path.
  Files files;
  std::string path = "x.toml";
  for (int i = 0; i < 40; ++i) {
    files.content[path] = "extend = \"../x.toml\"\n";
    path = "../" + path;
  }
  Result<Config> deep = load_config("x.toml", kRules, files.reader());
  REQUIRE_FALSE(deep);
  std::string last = "../../../../../../../../../../../../../../../x.toml";
  CHECK(deep.error().message == last + ":1:10: 'extend' chain is deeper than 16 files");
}

TEST_CASE("extend: an unreadable target is located at the extend value") {
  CHECK(error_of("\nextend = \"missing.toml\"\n") ==
        "cfg.toml:2:10: cannot read extended config 'missing.toml'");
  CHECK(error_of("extend = \"\"\n") == "cfg.toml:1:10: 'extend' must name a config file");
}

TEST_CASE("an unreadable config file is an error without a position") {
  Result<Config> missing = load_config("nowhere/.rclint.toml", kRules, Files{}.reader());
  REQUIRE_FALSE(missing);
  CHECK(missing.error().message == "cannot read config file 'nowhere/.rclint.toml'");
}

TEST_CASE("config candidates: the home first, then XDG") {
  CHECK(config_candidates("/home/me", "/home/me/.config") ==
        std::vector<std::string>{"/home/me/.rclint.toml", "/home/me/.config/rclint/config.toml"});
  CHECK(config_candidates("/home/me/", "") == std::vector<std::string>{"/home/me/.rclint.toml"});
  // The XDG Base Directory spec: a relative value is invalid and ignored.
  CHECK(config_candidates("/h", "relative/dir") == std::vector<std::string>{"/h/.rclint.toml"});
}
