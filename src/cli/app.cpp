#include "cli/app.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "base/text.h"
#include "cli/args.h"
#include "cli/completion.h"
#include "cli/config.h"
#include "cli/explain.h"
#include "cli/session.h"
#include "diagnostics/baseline.h"
#include "diagnostics/filter.h"
#include "lint/runner.h"
#include "output/diff.h"
#include "output/env_report.h"
#include "output/format.h"
#include "output/order_report.h"
#include "output/statistics.h"
#include "registry.h"
#include "simulation/environment_report.h"

#ifndef RCLINT_VERSION
#define RCLINT_VERSION "0.0.0"
#endif
#ifndef RCLINT_GRAMMAR_VERSION
#define RCLINT_GRAMMAR_VERSION "tree-sitter-bash"
#endif

namespace rclint::cli {

namespace {

Outcome usage_error(const std::string& message) {
  return {2, "", fmt::format("rclint: error: {}\n", message)};
}

std::vector<std::string_view> rule_names() {
  std::vector<std::string_view> names;
  for (const lint::Rule* rule : rules::all()) names.push_back(rule->name);
  return names;
}

// --select/--ignore names must exist: a typo would silently select nothing.
std::optional<std::string> check_rule_names(const std::vector<std::string>& names,
                                            const char* option) {
  std::vector<std::string_view> known = rule_names();
  for (const std::string& name : names) {
    if (name == "all" || rules::find(name) != nullptr) continue;
    std::string_view guess = text::closest(name, known);
    return guess.empty()
               ? fmt::format("{}: unknown rule '{}'", option, name)
               : fmt::format("{}: unknown rule '{}'; did you mean '{}'?", option, name, guess);
  }
  return std::nullopt;
}

std::vector<output::RuleInfo> rule_infos() {
  std::vector<output::RuleInfo> infos;
  for (const lint::Rule* rule : rules::all()) {
    infos.push_back({std::string(rule->name), rule->severity, std::string(rule->summary),
                     std::string(rule->rationale)});
  }
  return infos;
}

Outcome run_check(const Args& args, const ProcessEnvironment& environment) {
  if (auto bad = check_rule_names(args.select, "--select")) return usage_error(*bad);
  if (auto bad = check_rule_names(args.ignore, "--ignore")) return usage_error(*bad);
  output::Format format = output::Format::Text;
  if (args.format) {
    auto parsed = output::parse_format(*args.format);
    if (!parsed) {
      return usage_error(
          fmt::format("--format must be text, gcc, json, sarif or github, not '{}'", *args.format));
    }
    format = *parsed;
  }
  Result<std::unique_ptr<Session>> opened = Session::open(args, environment, rule_names());
  if (!opened) return usage_error(opened.error().message);
  Session& session = **opened;
  Outcome outcome;
  if (!args.quiet) outcome.err = session.messages();

  CheckOptions check;
  check.select = args.select;
  check.ignore = args.ignore;
  std::vector<Diagnostic> shown = session.check(rules::all(), check);
  if (args.baseline) {
    std::string path = args.baseline->starts_with("/")
                           ? *args.baseline
                           : source::path::join(environment.cwd, *args.baseline);
    Result<std::string> text = source::RealFileSystem().read(path, 64 * 1024 * 1024);
    if (!text) {
      return usage_error(fmt::format("--baseline {}: {}", *args.baseline, text.error().message));
    }
    Result<diagnostics::Baseline> baseline = diagnostics::parse_baseline(*text, *args.baseline);
    if (!baseline) return usage_error(baseline.error().message);
    shown = diagnostics::without_baseline(std::move(shown), *baseline);
  }

  bool io_error = std::any_of(shown.begin(), shown.end(),
                              [](const Diagnostic& d) { return d.rule == "io-error"; });
  if (!args.quiet) {
    output::RenderOptions render;
    render.color =
        args.color == "always" ||
        (args.color == "auto" && environment.stdout_is_terminal && !environment.no_color);
    render.sources = &session.sources();
    render.tool_version = RCLINT_VERSION;
    render.rules = rule_infos();
    if (args.statistics) {
      outcome.out = output::render_statistics(shown, render.rules, format == output::Format::Json);
    } else {
      outcome.out = args.diff ? output::render_diff(shown, session.sources())
                              : output::render(shown, format, render);
    }
  }
  if (io_error) {
    outcome.exit_code = 2;
  } else if (args.exit_zero) {
    outcome.exit_code = 0;
  } else {
    outcome.exit_code = diagnostics::exit_code(shown);
  }
  return outcome;
}

Outcome run_order(const Args& args, const ProcessEnvironment& environment) {
  if (args.format && *args.format != "text" && *args.format != "json") {
    return usage_error(
        fmt::format("rclint order: --format must be text or json, not '{}'", *args.format));
  }
  Result<std::unique_ptr<Session>> opened = Session::open(args, environment, rule_names());
  if (!opened) return usage_error(opened.error().message);
  Session& session = **opened;
  Outcome outcome;
  outcome.err = session.messages();
  bool json = args.format && *args.format == "json";
  outcome.out = json ? output::render_order_json(session.orders(), session.sources())
                     : output::render_order_text(session.orders(), session.sources());
  return outcome;
}

Outcome run_env(const Args& args, const ProcessEnvironment& environment) {
  if (args.format && *args.format != "text" && *args.format != "json") {
    return usage_error(
        fmt::format("rclint env: --format must be text or json, not '{}'", *args.format));
  }
  Args session_args = args;
  session_args.files.clear();  // VAR names, not files
  Result<std::unique_ptr<Session>> opened = Session::open(session_args, environment, rule_names());
  if (!opened) return usage_error(opened.error().message);
  Session& session = **opened;
  Outcome outcome;
  outcome.err = session.messages();
  simulation::GoLookup go{session.file_facts(), &session.known_commands().go_installs(),
                          session.sources().options().home};
  std::vector<simulation::ContextReport> reports = simulation::environment_report(
      session.orders(), args.files, session.known_commands().toolchain_variables(), go);
  bool json = args.format && *args.format == "json";
  outcome.out =
      json ? output::render_env_json(reports) : output::render_env_text(reports, args.explain);
  return outcome;
}

}  // namespace

Outcome run(const std::vector<std::string>& argv, const ProcessEnvironment& environment) {
  Result<Args> parsed = parse_args(argv);
  if (!parsed) return usage_error(parsed.error().message);
  const Args& args = *parsed;
  switch (args.command) {
    case Command::Help:
      return {0, usage(), ""};
    case Command::Version:
      return {0, fmt::format("rclint {} ({})\n", RCLINT_VERSION, RCLINT_GRAMMAR_VERSION), ""};
    case Command::Explain: {
      auto text = explain_rule(args.files[0]);
      if (!text) return usage_error(text.error().message);
      return {0, *text, ""};
    }
    case Command::Rules: {
      auto text = list_rules(args.format.value_or("text"));
      if (!text) return usage_error(text.error().message);
      return {0, *text, ""};
    }
    case Command::Order:
      return run_order(args, environment);
    case Command::Env:
      return run_env(args, environment);
    case Command::Check:
      return run_check(args, environment);
    case Command::Completion: {
      auto script = completion_script(args.files[0]);
      if (!script) return usage_error(script.error().message);
      return {0, *script, ""};
    }
    case Command::Lsp:
      // main() serves it: it needs stdin and stdout for as long as the editor runs.
      return usage_error("rclint lsp runs from the command line only");
  }
  return usage_error("unknown command");
}

}  // namespace rclint::cli
