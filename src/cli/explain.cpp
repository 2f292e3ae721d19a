#include "cli/explain.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "base/text.h"
#include "cli/man_page.h"
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

// An example may start with a fixture header (`# fixture: platform=macos as=.zprofile`, see
// tests/fixtures): shown as where the example is read, not as a line of it.
std::string example(std::string_view label, std::string_view text, std::string_view file) {
  std::string where(file);
  std::string platform;
  std::string disk;  // the audit rules' examples need a disk: `fs=on paths=…`
  if (text.starts_with("# fixture:")) {
    size_t end = text.find('\n');
    std::string_view header = text.substr(10, end == std::string_view::npos ? end : end - 10);
    for (std::string_view word : text::split(header, ' ')) {
      if (word.starts_with("as=")) where = std::string(word.substr(3));
      if (word.starts_with("platform=")) platform = fmt::format(", on {}", word.substr(9));
      if (word == "fs=on" && disk.empty()) disk = ", with --fs";
      if (!word.starts_with("paths=")) continue;
      disk = ", with --fs, on a disk holding ";
      bool first = true;
      for (std::string_view item : text::split(word.substr(6), ',')) {
        std::string shown(item);
        if (size_t arrow = shown.find("->"); arrow != std::string::npos) {
          shown.replace(arrow, 2, " → ");
        } else if (shown.ends_with('*')) {
          shown = shown.substr(0, shown.size() - 1) + " (executable)";
        }
        disk += (first ? "" : ", ") + shown;
        first = false;
      }
    }
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
  }
  return fmt::format("\n{} (in {}{}{}):\n{}", label, where, platform, disk, indent(visible(text)));
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
  if (!rule->bad_example.empty()) out += example("Bad", rule->bad_example, rule->example_file);
  if (!rule->good_example.empty()) out += example("Good", rule->good_example, rule->example_file);
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
  if (format == "man") return man_page();
  if (format != "text") {
    return Error{fmt::format("rclint rules: --format must be text, json, markdown or man, not '{}'",
                             format)};
  }
  for (const lint::Rule* rule : rules::all()) {
    out += fmt::format("{:<24} {:<8} {}\n", rule->name, to_string(rule->severity), rule->summary);
  }
  return out;
}

}  // namespace rclint::cli
