#include "cli/explain.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "base/text.h"
#include "registry.h"

namespace rclint::cli {

namespace {

std::string indent(std::string_view block) {
  std::string out;
  for (std::string_view line : text::split(block, '\n')) {
    out += line.empty() ? "\n" : fmt::format("    {}\n", line);
  }
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

// Examples may hold control bytes (crlf-line-endings, binary-file): show them visibly.
std::string visible(std::string_view example) {
  std::string out;
  for (char c : example) {
    if (c == '\r') {
      out += "\\r";
    } else if (c == '\0') {
      out += "\\0";
    } else if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

Result<std::string> explain_rule(std::string_view name) {
  const lint::Rule* rule = rules::find(name);
  if (rule == nullptr) {
    std::vector<std::string_view> names;
    for (const lint::Rule* r : rules::all()) names.push_back(r->name);
    std::string_view guess = text::closest(name, names);
    return Error{guess.empty() ? fmt::format("unknown rule '{}' (rclint rules lists them)", name)
                               : fmt::format("unknown rule '{}'; did you mean '{}'?", name, guess)};
  }
  std::string out = fmt::format("{} ({})\n\n{}\n\n{}\n", rule->name, to_string(rule->severity),
                                rule->summary, rule->rationale);
  if (!rule->example_beside_file.empty()) {
    out += fmt::format("\nWith this {} beside the examples:\n{}", rule->example_beside_file,
                       indent(visible(rule->example_beside_text)));
  }
  if (!rule->bad_example.empty()) {
    out +=
        fmt::format("\nBad (in {}):\n{}", rule->example_file, indent(visible(rule->bad_example)));
  }
  if (!rule->good_example.empty()) {
    out +=
        fmt::format("\nGood (in {}):\n{}", rule->example_file, indent(visible(rule->good_example)));
  }
  return out;
}

Result<std::string> list_rules(std::string_view format) {
  std::string out;
  if (format == "json") {
    nlohmann::json all = nlohmann::json::array();
    for (const lint::Rule* rule : rules::all()) {
      all.push_back({{"name", rule->name},
                     {"severity", to_string(rule->severity)},
                     {"summary", rule->summary}});
    }
    return all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  if (format == "markdown") {
    out += "| rule | severity | summary |\n|---|---|---|\n";
    for (const lint::Rule* rule : rules::all()) {
      out +=
          fmt::format("| `{}` | {} | {} |\n", rule->name, to_string(rule->severity), rule->summary);
    }
    return out;
  }
  if (format != "text") {
    return Error{
        fmt::format("rclint rules: --format must be text, json or markdown, not '{}'", format)};
  }
  for (const lint::Rule* rule : rules::all()) {
    out += fmt::format("{:<24} {:<8} {}\n", rule->name, to_string(rule->severity), rule->summary);
  }
  return out;
}

}  // namespace rclint::cli
