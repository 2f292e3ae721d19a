#include "output/json.h"

#include <nlohmann/json.hpp>

namespace rclint::output {
namespace {

// ordered_json keeps keys in insertion order, so the output reads in spec §4's order
// instead of nlohmann's default alphabetical one.
using Json = nlohmann::ordered_json;

Json position(uint32_t value, bool known) { return known ? Json(value) : Json(nullptr); }

Json note_json(const Note& note) {
  Json out = Json::object();
  out["message"] = note.message;
  if (note.where) {
    const bool known = note.where->has_position();
    out["file"] = note.where->file;
    out["line"] = position(note.where->line, known);
    out["column"] = position(note.where->column, known);
  } else {
    out["file"] = nullptr;
    out["line"] = nullptr;
    out["column"] = nullptr;
  }
  return out;
}

Json fix_json(const std::optional<Fix>& fix) {
  if (!fix) return nullptr;
  Json out = Json::object();
  out["replacement"] = fix->replacement;
  out["line"] = fix->range.line;
  out["column"] = fix->range.column;
  out["end_line"] = fix->range.end_line;
  out["end_column"] = fix->range.end_column;
  return out;
}

Json diagnostic_json(const Diagnostic& d) {
  const bool known = d.where.has_position();
  Json out = Json::object();
  out["rule"] = d.rule;
  out["severity"] = std::string(to_string(d.severity));
  out["file"] = d.where.file;
  out["line"] = position(d.where.line, known);
  out["column"] = position(d.where.column, known);
  out["end_line"] = position(d.where.end_line, known);
  out["end_column"] = position(d.where.end_column, known);
  out["message"] = d.message;
  out["contexts"] = d.contexts;
  Json notes = Json::array();
  for (const Note& note : d.notes) notes.push_back(note_json(note));
  out["notes"] = std::move(notes);
  out["help"] = d.help.empty() ? Json(nullptr) : Json(d.help);
  out["fix"] = fix_json(d.fix);
  return out;
}

}  // namespace

std::string render_json(const std::vector<Diagnostic>& diagnostics) {
  Json out = Json::array();
  for (const Diagnostic& d : diagnostics) out.push_back(diagnostic_json(d));
  // error_handler_t::replace: the default handler throws on invalid UTF-8, and rclint throws
  // nothing (style.md §6); a message quoting a Latin-1 file must still print.
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace rclint::output
