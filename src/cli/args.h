#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace rclint::cli {

enum class Command { Check, Order, Env, Explain, Rules, Lsp, Completion, Version, Help };

/// What follows an option on the command line; shell completion offers values by it.
enum class OptionValue { None, Directory, File, Choice, Rules, Contexts, Text };

/// One option rclint accepts: the parser's table, and what completion scripts are made from.
struct OptionSpec {
  std::string_view name;  // "--home", "-h"
  OptionValue value = OptionValue::None;
  std::string_view choices;  // OptionValue::Choice: the accepted words, space-separated
  std::string_view metavar;  // "DIR" in `--home DIR`
  std::string_view help;     // lines of --help's description ('\n' between them)
  bool listed = true;        // in --help's Options section (false: described with a command)
};

/// Every option, in --help order.
std::span<const OptionSpec> option_specs();

/// A subcommand and the first line of its --help description.
struct CommandSpec {
  std::string_view name;
  std::string_view summary;
};
std::span<const CommandSpec> command_specs();

/// The command line, parsed but not yet checked against the file system or config.
struct Args {
  Command command = Command::Check;
  std::vector<std::string> files;  // check: FILE…; explain: RULE; completion: SHELL
  std::optional<std::string> home;
  std::optional<std::string> root;
  std::optional<std::string> platform;
  std::optional<std::string> layout;
  std::optional<std::string> config;
  std::optional<std::string> format;
  std::string color = "auto";
  std::optional<unsigned> threads;  // --threads; default: the cores, at most 4
  bool fs = false;
  bool quiet = false;
  bool exit_zero = false;
  bool diff = false;        // check: print the fixes as a unified diff instead of the findings
  bool statistics = false;  // check: counts per rule instead of the findings
  std::optional<std::string> baseline;        // check: findings recorded in this JSON are hidden
  std::optional<std::string> stdin_filename;  // check: stdin is this file's (unsaved) content
  bool explain = false;                       // env: each list entry with where it came from
  std::vector<std::string> contexts;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::map<std::string, std::string> env;
};

/// Parses argv (without argv[0]). Errors are usage errors (exit 2), with a suggestion for a
/// misspelled option.
Result<Args> parse_args(const std::vector<std::string>& argv);

/// The text of `rclint --help`.
std::string usage();

}  // namespace rclint::cli
