#include "syntax/statement.h"

namespace rclint::syntax {

bool Word::is_literal() const {
  for (const WordPart& part : parts) {
    if (part.kind != PartKind::Literal) return false;
  }
  return true;
}

std::string Word::literal() const {
  std::string out;
  for (const WordPart& part : parts) {
    if (part.kind == PartKind::Literal) out += part.text;
  }
  return out;
}

namespace {
bool parts_read(const std::vector<WordPart>& parts, std::string_view name) {
  for (const WordPart& part : parts) {
    if (part.kind == PartKind::Parameter && part.text == name) return true;
    if (parts_read(part.argument, name)) return true;
  }
  return false;
}
}  // namespace

bool Word::reads(std::string_view name) const { return parts_read(parts, name); }

std::string_view Command::name() const {
  if (words.empty() || !words[0].is_literal()) return {};
  if (words[0].parts.size() == 1) return words[0].parts[0].text;
  return {};
}

std::string_view Word::without_outer_quotes() const {
  if (raw.size() >= 2 && (raw.front() == '"' || raw.front() == '\'') && raw.back() == raw.front()) {
    return raw.substr(1, raw.size() - 2);
  }
  return raw;
}

}  // namespace rclint::syntax
