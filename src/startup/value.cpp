#include "startup/value.h"

#include <algorithm>
#include <set>

namespace rclint::startup {

Value Value::of(std::string text, Origin origin) {
  Value value;
  if (!text.empty()) value.pieces_.push_back({std::move(text), true, std::move(origin)});
  return value;
}

Value Value::unknown(std::string why, Origin origin) {
  Value value;
  value.pieces_.push_back({std::move(why), false, std::move(origin)});
  return value;
}

bool Value::exact() const {
  return std::all_of(pieces_.begin(), pieces_.end(), [](const Piece& p) { return p.known; });
}

std::optional<std::string> Value::text() const {
  std::string out;
  for (const Piece& piece : pieces_) {
    if (!piece.known) return std::nullopt;
    out += piece.text;
  }
  return out;
}

std::string Value::render() const {
  std::string out;
  for (const Piece& piece : pieces_) out += piece.known ? piece.text : "${?" + piece.text + "}";
  return out;
}

std::optional<bool> Value::is_empty() const {
  bool unknown = false;
  for (const Piece& piece : pieces_) {
    if (piece.known && !piece.text.empty()) return false;
    if (!piece.known) unknown = true;
  }
  if (unknown) return std::nullopt;
  return true;
}

void Value::append(std::string text, const Origin& origin) {
  if (text.empty()) return;
  if (!pieces_.empty() && pieces_.back().known && pieces_.back().origin == origin) {
    pieces_.back().text += text;
    return;
  }
  pieces_.push_back({std::move(text), true, origin});
}

void Value::append(const Value& other) {
  for (const Piece& piece : other.pieces_) {
    if (piece.known) {
      append(piece.text, piece.origin);
    } else {
      pieces_.push_back(piece);
    }
  }
}

void Value::attribute(const Origin& origin) {
  for (Piece& piece : pieces_) {
    if (piece.origin.file == nullptr && piece.origin.note.empty()) piece.origin = origin;
  }
}

std::vector<Value> Value::split(char sep) const {
  std::vector<Value> entries(1);
  for (const Piece& piece : pieces_) {
    if (!piece.known) {
      entries.back().pieces_.push_back(piece);
      continue;
    }
    size_t start = 0;
    for (size_t i = 0; i <= piece.text.size(); ++i) {
      if (i == piece.text.size() || piece.text[i] == sep) {
        entries.back().append(piece.text.substr(start, i - start), piece.origin);
        if (i < piece.text.size()) entries.emplace_back();
        start = i + 1;
      }
    }
  }
  return entries;
}

Value Value::join(const std::vector<Value>& entries, char sep, const Origin& sep_origin) {
  Value out;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) {
      // The separator belongs to the entry that follows it, so that entry's origin wins.
      Origin origin = sep_origin;
      if (!entries[i].pieces_.empty()) origin = entries[i].pieces_.front().origin;
      out.append(std::string(1, sep), origin);
    }
    out.append(entries[i]);
  }
  return out;
}

namespace {

// Characters with their piece, for finding common beginnings and ends.
struct Cell {
  char c = 0;
  const Piece* piece = nullptr;  // unknown pieces are one cell, c == 0
};

std::vector<Cell> cells(const Value& value) {
  std::vector<Cell> out;
  for (const Piece& piece : value.pieces()) {
    if (!piece.known) {
      out.push_back({0, &piece});
      continue;
    }
    for (char c : piece.text) out.push_back({c, &piece});
  }
  return out;
}

bool same(const Cell& a, const Cell& b) {
  if (a.piece->known != b.piece->known) return false;
  if (!a.piece->known) return *a.piece == *b.piece;
  return a.c == b.c;
}

void append_cells(Value& out, const std::vector<Cell>& from, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (from[i].piece->known) {
      out.append(std::string(1, from[i].c), from[i].piece->origin);
    } else {
      Value unknown_piece = Value::unknown(from[i].piece->text, from[i].piece->origin);
      out.append(unknown_piece);
    }
  }
}

}  // namespace

Value merge_values(const Value& a, const Value& b, const std::string& why) {
  if (a == b) return a;
  std::vector<Cell> x = cells(a);
  std::vector<Cell> y = cells(b);
  size_t prefix = 0;
  while (prefix < x.size() && prefix < y.size() && same(x[prefix], y[prefix])) ++prefix;
  // Keep whole entries: the common beginning ends, and the common end starts, at an entry
  // boundary (a ':' or the value's edge) in both, so PATH-like values show which entries are
  // certain.
  auto separator = [](const std::vector<Cell>& v, size_t i) {
    return v[i].piece->known && v[i].c == ':';
  };
  auto prefix_ok = [&](size_t p) {
    return (p == x.size() || separator(x, p)) && (p == y.size() || separator(y, p));
  };
  auto suffix_ok = [&](size_t s) {
    return (s == x.size() || separator(x, x.size() - s - 1)) &&
           (s == y.size() || separator(y, y.size() - s - 1));
  };
  while (prefix > 0 && !prefix_ok(prefix)) --prefix;
  size_t suffix = 0;
  while (suffix < x.size() - prefix && suffix < y.size() - prefix &&
         same(x[x.size() - 1 - suffix], y[y.size() - 1 - suffix])) {
    ++suffix;
  }
  while (suffix > 0 && !suffix_ok(suffix)) --suffix;
  Value out;
  append_cells(out, x, 0, prefix);
  out.append(Value::unknown(why));
  append_cells(out, x, x.size() - suffix, x.size());
  return out;
}

Value unique_entries(const Value& value, char sep) {
  std::set<std::string> seen;
  std::vector<Value> kept;
  for (Value& entry : value.split(sep)) {
    if (auto text = entry.text(); text && !seen.insert(*text).second) continue;
    kept.push_back(std::move(entry));
  }
  return Value::join(kept, sep);
}

Value without_entry(const Value& value, const std::string& entry, char sep) {
  std::vector<Value> kept;
  for (Value& e : value.split(sep)) {
    if (auto text = e.text(); text && *text == entry) continue;
    kept.push_back(std::move(e));
  }
  return Value::join(kept, sep);
}

}  // namespace rclint::startup
