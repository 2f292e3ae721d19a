#include "cli/lsp_protocol.h"

#include <fmt/format.h>

namespace rclint::cli::lsp {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The length of the UTF-8 sequence starting at `at` and the UTF-16 code units it stands for;
// an invalid or cut sequence is one byte and one unit.
std::pair<size_t, uint32_t> utf8_sequence(std::string_view line, size_t at) {
  auto byte = static_cast<unsigned char>(line[at]);
  size_t length = byte < 0x80           ? 1
                  : (byte >> 5) == 0x6  ? 2
                  : (byte >> 4) == 0xE  ? 3
                  : (byte >> 3) == 0x1E ? 4
                                        : 0;
  if (length == 0 || at + length > line.size()) return {1, 1};
  for (size_t i = 1; i < length; ++i) {
    if ((static_cast<unsigned char>(line[at + i]) >> 6) != 0x2) return {1, 1};
  }
  return {length, length == 4 ? 2u : 1u};
}

Json position(uint32_t line, uint32_t character) {
  return Json{{"line", line}, {"character", character}};
}

// The diagnostic's place on its start line, from the `data` a client sends back; null if absent.
const Json* data_member(const Json& diagnostic, const char* key) {
  if (!diagnostic.is_object()) return nullptr;
  auto data = diagnostic.find("data");
  if (data == diagnostic.end() || !data->is_object()) return nullptr;
  auto member = data->find(key);
  return member == data->end() ? nullptr : &*member;
}

}  // namespace

std::optional<std::string> path_of_uri(std::string_view uri) {
  constexpr std::string_view kScheme = "file://";
  if (uri.size() < kScheme.size()) return std::nullopt;
  for (size_t i = 0; i < kScheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(uri[i])) != kScheme[i]) return std::nullopt;
  }
  std::string_view rest = uri.substr(kScheme.size());
  size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  std::string_view authority = rest.substr(0, slash);
  if (!authority.empty() && authority != "localhost") return std::nullopt;
  rest = rest.substr(slash);
  rest = rest.substr(0, rest.find_first_of("?#"));
  std::string path;
  for (size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size() && hex_value(rest[i + 1]) >= 0 &&
        hex_value(rest[i + 2]) >= 0) {
      path += static_cast<char>(hex_value(rest[i + 1]) * 16 + hex_value(rest[i + 2]));
      i += 2;
    } else {
      path += rest[i];
    }
  }
  if (path.find('\0') != std::string::npos) return std::nullopt;
  return path;
}

std::string uri_of_path(std::string_view path) {
  std::string uri = "file://";
  for (char c : path) {
    auto byte = static_cast<unsigned char>(c);
    // RFC 3986 unreserved characters and `/` stay; VS Code encodes the rest the same way.
    if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      uri += c;
    } else {
      uri += fmt::format("%{:02X}", byte);
    }
  }
  return uri;
}

uint32_t character_of(std::string_view line, uint32_t column, PositionEncoding encoding) {
  size_t bytes = column == 0 ? 0 : column - 1;
  if (encoding == PositionEncoding::Utf8) return static_cast<uint32_t>(bytes);
  uint32_t units = 0;
  size_t at = 0;
  while (at < bytes && at < line.size()) {
    auto [length, count] = utf8_sequence(line, at);
    at += length;
    units += count;
  }
  if (bytes > at) units += static_cast<uint32_t>(bytes - at);
  return units;
}

uint32_t column_of(std::string_view line, uint32_t character, PositionEncoding encoding) {
  if (encoding == PositionEncoding::Utf8) {
    return static_cast<uint32_t>(std::min<size_t>(character, line.size()) + 1);
  }
  uint32_t units = 0;
  size_t at = 0;
  while (at < line.size() && units < character) {
    auto [length, count] = utf8_sequence(line, at);
    at += length;
    units += count;
  }
  return static_cast<uint32_t>(at + 1);
}

Json range_of(const Location& where, const SourceLookup& lines, PositionEncoding encoding) {
  if (!where.has_position()) return Json{{"start", position(0, 0)}, {"end", position(0, 0)}};
  auto at = [&](uint32_t line, uint32_t column) {
    std::string_view text = lines.line_text(where.file, line).value_or("");
    return position(line - 1, character_of(text, column, encoding));
  };
  uint32_t end_line = where.end_line != 0 ? where.end_line : where.line;
  uint32_t end_column = where.end_line != 0 ? where.end_column : where.column;
  return Json{{"start", at(where.line, where.column)}, {"end", at(end_line, end_column)}};
}

Json diagnostic_json(const Diagnostic& finding, const SourceLookup& lines,
                     PositionEncoding encoding, const UriOfFile& uri_of) {
  // LSP DiagnosticSeverity: 1 Error, 2 Warning, 3 Information.
  int severity = finding.severity == Severity::Error     ? 1
                 : finding.severity == Severity::Warning ? 2
                                                         : 3;
  std::string message = finding.message;
  Json related = Json::array();
  for (const Note& note : finding.notes) {
    std::optional<std::string> uri = note.where ? uri_of(note.where->file) : std::nullopt;
    if (uri) {
      related.push_back(
          {{"location", {{"uri", *uri}, {"range", range_of(*note.where, lines, encoding)}}},
           {"message", note.message}});
    } else {
      message += "\n" + note.message;
    }
  }
  if (!finding.help.empty()) message += "\nhelp: " + finding.help;
  Json out{{"range", range_of(finding.where, lines, encoding)},
           {"severity", severity},
           {"code", finding.rule},
           {"source", "rclint"},
           {"message", message}};
  if (!related.empty()) out["relatedInformation"] = related;

  Json data = Json::object();
  data["rule"] = finding.rule;
  if (finding.fix) {  // an empty replacement deletes
    if (std::optional<std::string> uri = uri_of(finding.fix->range.file)) {
      data["fix"] = {{"uri", *uri},
                     {"range", range_of(finding.fix->range, lines, encoding)},
                     {"newText", finding.fix->replacement},
                     {"title", finding.help.empty() ? "apply rclint's fix" : finding.help}};
    }
  }
  // Where `# rclint disable=RULE` goes: the end of the finding's first line, unless that line
  // continues on the next (a comment after `\` would end the command).
  if (finding.where.has_position() && finding.rule != "io-error" &&
      finding.rule != "bad-suppression") {
    std::optional<std::string_view> text = lines.line_text(finding.where.file, finding.where.line);
    if (text && !text->ends_with('\\')) {
      data["line_end"] =
          position(finding.where.line - 1,
                   character_of(*text, static_cast<uint32_t>(text->size() + 1), encoding));
    }
  }
  out["data"] = data;
  return out;
}

Json code_actions(std::string_view uri, const Json& diagnostics) {
  Json actions = Json::array();
  if (!diagnostics.is_array()) return actions;
  for (const Json& diagnostic : diagnostics) {
    const Json* rule = data_member(diagnostic, "rule");
    if (rule == nullptr || !rule->is_string()) continue;
    const Json* fix = data_member(diagnostic, "fix");
    if (fix != nullptr && fix->is_object() && fix->contains("uri") && fix->contains("range")) {
      actions.push_back({{"title", fmt::format("{} [{}]", fix->value("title", "apply rclint's fix"),
                                               rule->get<std::string>())},
                         {"kind", "quickfix"},
                         {"diagnostics", Json::array({diagnostic})},
                         {"isPreferred", true},
                         {"edit",
                          {{"changes",
                            {{fix->at("uri").get<std::string>(),
                              Json::array({{{"range", fix->at("range")},
                                            {"newText", fix->value("newText", "")}}})}}}}}});
    }
    const Json* line_end = data_member(diagnostic, "line_end");
    if (line_end != nullptr && line_end->is_object()) {
      std::string name = rule->get<std::string>();
      actions.push_back(
          {{"title", fmt::format("disable {} on this line", name)},
           {"kind", "quickfix"},
           {"diagnostics", Json::array({diagnostic})},
           {"edit",
            {{"changes",
              {{std::string(uri),
                Json::array({{{"range", {{"start", *line_end}, {"end", *line_end}}},
                              {"newText", fmt::format("  # rclint disable={}", name)}}})}}}}}});
    }
  }
  return actions;
}

}  // namespace rclint::cli::lsp
