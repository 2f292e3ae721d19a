// The operations that build a value from the entries or characters of others: what the
// walk does at the end of an undecided `if` (merge_values), for zsh's `typeset -U`
// (unique_entries), and for pyenv's shims dedupe (without_entry). They use Value's public
// interface only, so they live apart from its representation.
#include <set>

#include "startup/value.h"

namespace rclint::startup {

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
  bool dropped = false;
  for (Value& entry : value.split(sep)) {
    if (auto text = entry.text(); text && !seen.insert(*text).second) {
      dropped = true;
      continue;
    }
    kept.push_back(std::move(entry));
  }
  // Nothing dropped: the value itself, still shared with the versions before it (zsh applies
  // `typeset -U` on every assignment, and most add an entry that is new).
  if (!dropped) return value;
  return Value::join(kept, sep);
}

Value without_entry(const Value& value, const std::string& entry, char sep) {
  std::vector<Value> kept;
  bool dropped = false;
  for (Value& e : value.split(sep)) {
    if (auto text = e.text(); text && *text == entry) {
      dropped = true;
      continue;
    }
    kept.push_back(std::move(e));
  }
  if (!dropped) return value;
  return Value::join(kept, sep);
}

}  // namespace rclint::startup
