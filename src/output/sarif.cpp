#include "output/sarif.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "output/format.h"

namespace rclint::output {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kSchema = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr std::string_view kInformationUri = "https://github.com/rclint/rclint";

bool is_unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

/// Converts rclint's 1-based byte columns to SARIF's code-point columns, line by line.
class ColumnMap {
 public:
  explicit ColumnMap(const SourceLookup* sources) : sources_(sources) {}

  uint32_t operator()(std::string_view file, uint32_t line, uint32_t byte_column) const {
    if (sources_ == nullptr || byte_column == 0) return byte_column;
    const std::optional<std::string_view> text = sources_->line_text(file, line);
    if (!text) return byte_column;
    const size_t bytes = byte_column - 1;
    const size_t inside = std::min(bytes, text->size());
    // A column past the end of the line (an insertion at the end) stays past it, byte for byte.
    uint32_t column = static_cast<uint32_t>(bytes - inside) + 1;
    for (size_t i = 0; i < inside; ++i) {
      if ((static_cast<unsigned char>((*text)[i]) & 0xC0) != 0x80) ++column;
    }
    return column;
  }

 private:
  const SourceLookup* sources_;
};

Json region(const Location& where, const ColumnMap& columns) {
  Json out = Json::object();
  out["startLine"] = where.line;
  uint32_t start = 0;
  if (where.column > 0) {
    start = columns(where.file, where.line, where.column);
    out["startColumn"] = start;
  }
  if (where.end_line >= where.line) {
    out["endLine"] = where.end_line;
    if (where.end_column > 0) {
      uint32_t end = columns(where.file, where.end_line, where.end_column);
      // Consumers reject an end before the start; an empty range is the closest honest thing.
      if (where.end_line == where.line) end = std::max(end, start);
      out["endColumn"] = end;
    }
  }
  return out;
}

Json physical_location(const Location& where, const ColumnMap& columns) {
  Json out = Json::object();
  out["artifactLocation"] = {{"uri", path_to_uri(where.file)}};
  // A file-level finding has no region: SARIF then means the whole artifact.
  if (where.has_position()) out["region"] = region(where, columns);
  return out;
}

Json rule_json(const RuleInfo& rule) {
  Json out = Json::object();
  out["id"] = rule.name;
  out["shortDescription"] = {{"text", rule.summary}};
  out["fullDescription"] = {{"text", rule.rationale}};
  // GitHub shows help.markdown in the alert's rule panel; the rationale is Markdown already.
  if (!rule.rationale.empty()) {
    out["help"] = {{"text", rule.rationale}, {"markdown", rule.rationale}};
  }
  out["defaultConfiguration"] = {{"level", severity_word(rule.severity, "note")}};
  return out;
}

Json fixes_json(const Diagnostic& d, const ColumnMap& columns) {
  Json fix = Json::object();
  if (!d.help.empty()) fix["description"] = {{"text", d.help}};
  const std::string& file = d.fix->range.file.empty() ? d.where.file : d.fix->range.file;
  Location deleted = d.fix->range;
  deleted.file = file;
  Json replacement = Json::object();
  replacement["deletedRegion"] = region(deleted, columns);
  replacement["insertedContent"] = {{"text", d.fix->replacement}};
  Json change = Json::object();
  change["artifactLocation"] = {{"uri", path_to_uri(file)}};
  change["replacements"] = Json::array({std::move(replacement)});
  fix["artifactChanges"] = Json::array({std::move(change)});
  return Json::array({std::move(fix)});
}

Json result_json(const Diagnostic& d, const std::map<std::string_view, size_t>& rule_index,
                 const ColumnMap& columns) {
  Json out = Json::object();
  out["ruleId"] = d.rule;
  // A diagnostic outside the catalogue (none should be) keeps its ruleId and drops the index.
  if (auto it = rule_index.find(d.rule); it != rule_index.end()) out["ruleIndex"] = it->second;
  out["level"] = severity_word(d.severity, "note");
  const std::string text =
      d.help.empty() ? d.message : fmt::format("{} \u2014 help: {}", d.message, d.help);
  out["message"] = {{"text", text}};
  Json location = Json::object();
  location["physicalLocation"] = physical_location(d.where, columns);
  out["locations"] = Json::array({std::move(location)});
  Json related = Json::array();
  Json plain_notes = Json::array();
  for (const Note& note : d.notes) {
    if (!note.where) {
      plain_notes.push_back(note.message);
      continue;
    }
    Json place = Json::object();
    place["id"] = related.size();
    place["physicalLocation"] = physical_location(*note.where, columns);
    place["message"] = {{"text", note.message}};
    related.push_back(std::move(place));
  }
  if (!related.empty()) out["relatedLocations"] = std::move(related);
  if (d.fix && d.fix->range.has_position()) out["fixes"] = fixes_json(d, columns);
  Json properties = Json::object();
  if (!d.contexts.empty()) properties["contexts"] = d.contexts;
  if (!plain_notes.empty()) properties["notes"] = std::move(plain_notes);
  if (!properties.empty()) out["properties"] = std::move(properties);
  return out;
}

}  // namespace

std::string path_to_uri(std::string_view path) {
  std::string out = path.starts_with('/') ? "file://" : "";
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if (is_unreserved(byte) || byte == '/') {
      out += c;
    } else {
      out += fmt::format("%{:02X}", byte);
    }
  }
  return out;
}

std::string render_sarif(const std::vector<Diagnostic>& diagnostics, const RenderOptions& options) {
  const ColumnMap columns(options.sources);
  std::map<std::string_view, size_t> rule_index;
  Json rules = Json::array();
  for (const RuleInfo& rule : options.rules) {
    rule_index.emplace(rule.name, rules.size());
    rules.push_back(rule_json(rule));
  }
  Json driver = Json::object();
  driver["name"] = "rclint";
  if (!options.tool_version.empty()) driver["version"] = options.tool_version;
  driver["informationUri"] = kInformationUri;
  driver["rules"] = std::move(rules);

  Json results = Json::array();
  for (const Diagnostic& d : diagnostics) results.push_back(result_json(d, rule_index, columns));

  Json run = Json::object();
  run["tool"] = {{"driver", std::move(driver)}};
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);

  Json out = Json::object();
  out["$schema"] = kSchema;
  out["version"] = "2.1.0";
  out["runs"] = Json::array({std::move(run)});
  // replace: see render_json; SARIF is JSON and must be UTF-8.
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace rclint::output
