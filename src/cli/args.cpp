#include "cli/args.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/text.h"

namespace rclint::cli {

namespace {

constexpr OptionSpec kOptions[] = {
    {"--home", OptionValue::Directory, "", "DIR",
     "the home (or dotfiles repository) to analyze; default: audit $HOME and /"},
    {"--root", OptionValue::Directory, "", "DIR",
     "read system files (/etc/...) from DIR; default: the built-in model"},
    {"--platform", OptionValue::Choice, "macos debian", "P",
     "macos | debian (default: the host's)"},
    {"--layout", OptionValue::Choice, "auto plain stow chezmoi", "L",
     "auto | plain | stow | chezmoi (default: auto)"},
    {"--fs", OptionValue::None, "", "",
     "look at the disk: the audit rules run, and tests of paths outside the\n"
     "home are decided from / (or --root); always on without --home"},
    {"--context", OptionValue::Contexts, "", "C",
     "zsh:login, bash:ssh-command, ... (repeatable or comma-separated)"},
    {"--config", OptionValue::File, "", "FILE",
     "default: .rclint.toml in the home, then $XDG_CONFIG_HOME/rclint/config.toml"},
    {"--env", OptionValue::Text, "", "NAME=VALUE",
     "the environment the shells start with (repeatable; over the\n"
     "platform's login default); UID=N models the user id (`id -u`)"},
    {"--select", OptionValue::Rules, "", "RULES", "only these rules (comma-separated)"},
    {"--ignore", OptionValue::Rules, "", "RULES", "never these rules"},
    {"--format", OptionValue::Choice, "text gcc json sarif github", "F",
     "text | gcc | json | sarif | github (default: text)"},
    {"--color", OptionValue::Choice, "auto always never", "WHEN",
     "auto | always | never (NO_COLOR is respected)"},
    {"--quiet", OptionValue::None, "", "", "print nothing; only the exit status"},
    {"--exit-zero", OptionValue::None, "", "", "exit 0 even when there are findings"},
    {"--statistics", OptionValue::None, "", "",
     "how many findings each rule has, instead of the findings"},
    {"--stdin-filename", OptionValue::File, "", "F",
     "lint stdin as the content of F in the home (an editor's unsaved buffer);\n"
     "only F's findings are reported"},
    {"--baseline", OptionValue::File, "", "FILE",
     "hide the findings recorded in FILE (`rclint --format json > FILE`):\n"
     "only new ones are shown and fail"},
    {"--diff", OptionValue::None, "", "",
     "print every mechanical fix as a unified diff (rclint writes nothing;\n"
     "apply it with `patch -p0`); the exit status is as without --diff"},
    {"--threads", OptionValue::Text, "", "N",
     "threads that parse files (default: the cores, at most 4; 1: one thread)"},
    {"--explain", OptionValue::None, "", "", "env: every PATH entry with its file:line", false},
    {"--help", OptionValue::None, "", "", "show this help", false},
    {"-h", OptionValue::None, "", "", "show this help", false},
    {"--version", OptionValue::None, "", "", "show the version and the grammar's", false},
    {"-V", OptionValue::None, "", "", "show the version and the grammar's", false},
};

constexpr CommandSpec kCommands[] = {
    {"check", "lint (the default); FILEs limit the report to those files"},
    {"order", "the files each context reads, in order, and why"},
    {"env", "the final value of each VAR in each context, and where it was set"},
    {"explain", "a rule's summary, rationale, bad and good example"},
    {"rules", "every rule with its severity and summary"},
    {"lsp", "a language server on stdin/stdout for editors"},
    {"completion", "a completion script for bash or zsh"},
};

const OptionSpec* find_option(std::string_view name) {
  for (const OptionSpec& option : kOptions) {
    if (option.name == name) return &option;
  }
  return nullptr;
}

void split_list(const std::string& value, std::vector<std::string>& out) {
  for (std::string_view piece : text::split(value, ',')) {
    piece = text::trim(piece);
    if (!piece.empty()) out.emplace_back(piece);
  }
}

Error unknown_option(const std::string& option) {
  std::vector<std::string_view> all;
  for (const OptionSpec& spec : kOptions) all.push_back(spec.name);
  std::string_view guess = text::closest(option, all);
  if (!guess.empty()) {
    return Error{fmt::format("unknown option '{}'; did you mean '{}'?", option, guess)};
  }
  return Error{fmt::format("unknown option '{}' (see rclint --help)", option)};
}

}  // namespace

std::span<const OptionSpec> option_specs() { return kOptions; }
std::span<const CommandSpec> command_specs() { return kCommands; }

Result<Args> parse_args(const std::vector<std::string>& argv) {
  Args args;
  size_t i = 0;
  if (!argv.empty()) {
    const std::string& first = argv[0];
    if (first == "check") {
      i = 1;
    } else if (first == "order") {
      args.command = Command::Order, i = 1;
    } else if (first == "env") {
      args.command = Command::Env, i = 1;
    } else if (first == "explain") {
      args.command = Command::Explain, i = 1;
    } else if (first == "rules") {
      args.command = Command::Rules, i = 1;
    } else if (first == "lsp") {
      args.command = Command::Lsp, i = 1;
    } else if (first == "completion") {
      args.command = Command::Completion, i = 1;
    }
  }
  bool only_files = false;
  for (; i < argv.size(); ++i) {
    std::string arg = argv[i];
    if (only_files || arg.empty() || arg[0] != '-' || arg == "-") {
      args.files.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_files = true;
      continue;
    }
    std::optional<std::string> inline_value;
    if (size_t eq = arg.find('='); eq != std::string::npos && arg.starts_with("--")) {
      inline_value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
    }
    const OptionSpec* spec = find_option(arg);
    if (spec == nullptr) return unknown_option(arg);
    bool takes_value = spec->value != OptionValue::None;
    bool is_flag = !takes_value;
    if (is_flag && inline_value) return Error{fmt::format("option '{}' takes no value", arg)};
    std::string value;
    if (takes_value) {
      if (inline_value) {
        value = *inline_value;
      } else if (i + 1 < argv.size()) {
        value = argv[++i];
      } else {
        return Error{fmt::format("option '{}' needs a value", arg)};
      }
    }
    if (arg == "--home")
      args.home = value;
    else if (arg == "--baseline")
      args.baseline = value;
    else if (arg == "--stdin-filename")
      args.stdin_filename = value;
    else if (arg == "--root")
      args.root = value;
    else if (arg == "--platform")
      args.platform = value;
    else if (arg == "--layout")
      args.layout = value;
    else if (arg == "--config")
      args.config = value;
    else if (arg == "--format")
      args.format = value;
    else if (arg == "--color")
      args.color = value;
    else if (arg == "--context")
      split_list(value, args.contexts);
    else if (arg == "--threads") {
      bool digits = !value.empty() && value.size() <= 3 &&
                    std::all_of(value.begin(), value.end(),
                                [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
      if (!digits || std::stoi(value) < 1 || std::stoi(value) > 256) {
        return Error{fmt::format("--threads needs a number from 1 to 256, not '{}'", value)};
      }
      args.threads = static_cast<unsigned>(std::stoi(value));
    } else if (arg == "--select")
      split_list(value, args.select);
    else if (arg == "--ignore")
      split_list(value, args.ignore);
    else if (arg == "--env") {
      size_t eq = value.find('=');
      if (eq == std::string::npos || eq == 0) {
        return Error{fmt::format("--env needs NAME=VALUE, not '{}'", value)};
      }
      args.env[value.substr(0, eq)] = value.substr(eq + 1);
    } else if (arg == "--fs")
      args.fs = true;
    else if (arg == "--quiet")
      args.quiet = true;
    else if (arg == "--exit-zero")
      args.exit_zero = true;
    else if (arg == "--diff")
      args.diff = true;
    else if (arg == "--statistics")
      args.statistics = true;
    else if (arg == "--explain")
      args.explain = true;
    else if (arg == "--help" || arg == "-h")
      args.command = Command::Help;
    else if (arg == "--version" || arg == "-V")
      args.command = Command::Version;
  }
  if (args.color != "auto" && args.color != "always" && args.color != "never") {
    return Error{fmt::format("--color must be auto, always or never, not '{}'", args.color)};
  }
  if (args.explain && args.command != Command::Env) {
    return Error{"--explain is an option of `rclint env`"};
  }
  if (args.diff && args.command != Command::Check) {
    return Error{"--diff is an option of `rclint check`"};
  }
  if (args.diff && args.format) return Error{"--diff prints a unified diff: drop --format"};
  if ((args.statistics || args.baseline) && args.command != Command::Check) {
    return Error{fmt::format("{} is an option of `rclint check`",
                             args.statistics ? "--statistics" : "--baseline")};
  }
  if (args.statistics && args.diff) return Error{"--statistics and --diff: choose one"};
  if (args.stdin_filename && args.command != Command::Check) {
    return Error{"--stdin-filename is an option of `rclint check`"};
  }
  if (args.stdin_filename && !args.files.empty()) {
    return Error{"--stdin-filename lints stdin as that file: name no other FILE"};
  }
  if (args.statistics && args.format && *args.format != "text" && *args.format != "json") {
    return Error{"--statistics prints text or json: drop --format or use --format json"};
  }
  if (args.command == Command::Env) {
    for (const std::string& name : args.files) {
      bool valid = !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0])) &&
                   std::all_of(name.begin(), name.end(), [](char c) {
                     return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
                   });
      if (!valid) return Error{fmt::format("rclint env: '{}' is not a variable name", name)};
    }
  }
  if (args.command == Command::Lsp) {
    if (!args.files.empty()) {
      return Error{fmt::format("rclint lsp takes no FILE ('{}'): the editor names the documents",
                               args.files[0])};
    }
    if (args.format || args.quiet || args.exit_zero) {
      return Error{
          "rclint lsp speaks LSP on stdin and stdout: drop --format, --quiet, --exit-zero"};
    }
  }
  if (args.command == Command::Completion && args.files.size() != 1) {
    return Error{"usage: rclint completion bash|zsh"};
  }
  if (args.command == Command::Explain && args.files.size() != 1) {
    return Error{"usage: rclint explain RULE"};
  }
  if ((args.command == Command::Order || args.command == Command::Rules) && !args.files.empty()) {
    return Error{fmt::format("unexpected argument '{}'", args.files[0])};
  }
  return args;
}

std::string usage() {
  // The Options section is written from kOptions, which completion scripts are made from too.
  std::string options = "Options:\n";
  for (const OptionSpec& option : kOptions) {
    if (!option.listed) continue;
    std::string head = fmt::format("  {} {}", option.name, option.metavar);
    bool first = true;
    for (std::string_view line : text::split(option.help, '\n')) {
      options += fmt::format("{:<22}{}\n", first ? head : "", line);
      first = false;
    }
  }
  return fmt::format(R"(rclint: a static analyzer for shell startup files (zsh, bash, sh)

Usage:
  rclint [check] [OPTIONS] [FILE...]   lint (the default); FILEs limit the report to those files
  rclint order [OPTIONS]               the files each context reads, in order, and why
  rclint env [VAR...] [OPTIONS]        the final value of each VAR in each context, and where
                                       it was set (default: PATH and the toolchain variables);
                                       --explain: every PATH entry with its file:line
  rclint explain RULE                  a rule's summary, rationale, bad and good example
  rclint rules [--format text|json|markdown|man]   every rule with its severity and summary
  rclint lsp [OPTIONS]                 a language server on stdin/stdout for editors; the
                                       home is --home, else the editor's workspace, else $HOME
  rclint completion bash|zsh           a completion script for bash or zsh
  rclint --version | --help

{}
Exit status: 0 no findings, 1 findings, 2 usage, config or I/O error.
)",
                     options);
}

}  // namespace rclint::cli
