#include "startup/value.h"

#include <algorithm>
#include <set>

namespace rclint::startup {

namespace {

// Values with more pieces than this are linked, not copied, when appended to another.
constexpr size_t kFlatLimit = 16;

// Adds `piece` at the end of `pieces`, joining it to the last one when both are known text
// written at the same place: the one canonical form, so that equal values compare equal.
void push_piece(std::vector<Piece>& pieces, const Piece& piece) {
  if (piece.known && piece.text.empty()) return;
  if (piece.known && !pieces.empty() && pieces.back().known &&
      pieces.back().origin == piece.origin) {
    pieces.back().text += piece.text;
    return;
  }
  pieces.push_back(piece);
}

}  // namespace

/// A rope: a leaf holds pieces, an inner node stands for `left` followed by `right`. Nodes
/// are never changed once built, so any number of values may share them.
struct Value::Node {
  std::vector<Piece> leaf;
  std::shared_ptr<const Node> left;
  std::shared_ptr<const Node> right;

  Node() = default;
  explicit Node(std::vector<Piece> pieces) : leaf(std::move(pieces)) {}
  Node(std::shared_ptr<const Node> l, std::shared_ptr<const Node> r)
      : left(std::move(l)), right(std::move(r)) {}
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;

  // A thousand prepends make a chain a thousand nodes deep; destroying it by the default
  // recursion could exhaust the stack, so the children this node alone owns are taken apart
  // one at a time here.
  ~Node() {
    std::vector<std::shared_ptr<const Node>> pending;
    if (left) pending.push_back(std::move(left));
    if (right) pending.push_back(std::move(right));
    while (!pending.empty()) {
      std::shared_ptr<const Node> node = std::move(pending.back());
      pending.pop_back();
      if (node.use_count() != 1) continue;  // shared: another value keeps it alive
      // Sole owner, about to destroy it: taking its children is invisible to anyone.
      Node& owned = const_cast<Node&>(*node);
      if (owned.left) pending.push_back(std::move(owned.left));
      if (owned.right) pending.push_back(std::move(owned.right));
    }
  }
};

template <typename Visit>
void Value::for_each_piece(Visit&& visit) const {
  if (!rope_) {
    for (const Piece& piece : flat_) visit(piece);
    return;
  }
  // Leaves left to right, without recursion (see ~Node), joining pieces across leaves as
  // push_piece would.
  std::vector<Piece> joined;
  auto flush = [&] {
    for (const Piece& piece : joined) visit(piece);
    joined.clear();
  };
  std::vector<const Node*> stack{rope_.get()};
  while (!stack.empty()) {
    const Node* node = stack.back();
    stack.pop_back();
    if (node->right) stack.push_back(node->right.get());
    if (node->left) stack.push_back(node->left.get());
    for (const Piece& piece : node->leaf) {
      push_piece(joined, piece);
      if (joined.size() > 1) {  // the one before can no longer grow
        visit(joined.front());
        joined.erase(joined.begin());
      }
    }
  }
  flush();
}

void Value::make_flat() const {
  if (!rope_) return;
  std::vector<Piece> pieces;
  pieces.reserve(rope_count_);
  for_each_piece([&](const Piece& piece) { pieces.push_back(piece); });
  flat_ = std::move(pieces);
  rope_.reset();
  rope_count_ = 0;
}

Value Value::of(std::string text, Origin origin) {
  Value value;
  if (!text.empty()) value.flat_.push_back({std::move(text), true, std::move(origin)});
  return value;
}

Value Value::unknown(std::string why, Origin origin) {
  Value value;
  value.flat_.push_back({std::move(why), false, std::move(origin)});
  return value;
}

const Piece* Value::front() const {
  if (!rope_) return flat_.empty() ? nullptr : &flat_.front();
  const Node* node = rope_.get();
  while (node->left) node = node->left.get();  // an inner node always has both children
  return node->leaf.empty() ? nullptr : &node->leaf.front();
}

const std::vector<Piece>& Value::pieces() const {
  make_flat();
  return flat_;
}

bool Value::exact() const {
  bool exact = true;
  for_each_piece([&](const Piece& piece) { exact = exact && piece.known; });
  return exact;
}

std::optional<std::string> Value::text() const {
  std::string out;
  bool known = true;
  for_each_piece([&](const Piece& piece) {
    known = known && piece.known;
    if (known) out += piece.text;
  });
  if (!known) return std::nullopt;
  return out;
}

std::string Value::render() const {
  std::string out;
  for_each_piece(
      [&](const Piece& piece) { out += piece.known ? piece.text : "${?" + piece.text + "}"; });
  return out;
}

std::optional<bool> Value::is_empty() const {
  bool unknown = false;
  bool nonempty = false;
  for_each_piece([&](const Piece& piece) {
    if (piece.known && !piece.text.empty()) nonempty = true;
    if (!piece.known) unknown = true;
  });
  if (nonempty) return false;
  if (unknown) return std::nullopt;
  return true;
}

void Value::append(std::string text, const Origin& origin) {
  if (text.empty()) return;
  Piece piece{std::move(text), true, origin};
  if (rope_) {
    rope_ = std::make_shared<const Node>(rope_, std::make_shared<const Node>(std::vector{piece}));
    ++rope_count_;
    return;
  }
  push_piece(flat_, piece);
}

void Value::append(const Value& other) {
  if (other.count() == 0) return;
  if (other.count() <= kFlatLimit) {  // short: copied
    if (!rope_) {
      other.for_each_piece([&](const Piece& piece) { push_piece(flat_, piece); });
      return;
    }
    std::vector<Piece> pieces;
    other.for_each_piece([&](const Piece& piece) { pieces.push_back(piece); });
    rope_count_ += pieces.size();
    rope_ = std::make_shared<const Node>(rope_, std::make_shared<const Node>(std::move(pieces)));
    return;
  }
  // Long: linked, not copied. A long flat value becomes a leaf that both values share.
  auto node_of = [](const Value& v) {
    if (!v.rope_) {
      v.rope_count_ = v.flat_.size();
      v.rope_ = std::make_shared<const Node>(std::move(v.flat_));
      v.flat_.clear();
    }
    return v.rope_;
  };
  size_t total = count() + other.count();
  if (count() == 0) {
    rope_ = node_of(other);
  } else {
    std::shared_ptr<const Node> left = node_of(*this);
    rope_ = std::make_shared<const Node>(std::move(left), node_of(other));
  }
  rope_count_ = total;
}

void Value::attribute(const Origin& origin) {
  make_flat();
  std::vector<Piece> pieces;
  for (Piece& piece : flat_) {
    if (piece.origin.file == nullptr && piece.origin.note.empty()) piece.origin = origin;
    push_piece(pieces, piece);
  }
  flat_ = std::move(pieces);
}

void Value::retag(const Origin& origin) {
  make_flat();
  std::vector<Piece> pieces;
  for (Piece& piece : flat_) {
    piece.origin = origin;
    push_piece(pieces, piece);
  }
  flat_ = std::move(pieces);
}

bool operator==(const Value& a, const Value& b) {
  if (a.rope_ && a.rope_ == b.rope_) return true;
  if (!a.rope_ && !b.rope_) return a.flat_ == b.flat_;
  std::vector<Piece> x;
  std::vector<Piece> y;
  a.for_each_piece([&](const Piece& piece) { x.push_back(piece); });
  b.for_each_piece([&](const Piece& piece) { y.push_back(piece); });
  return x == y;
}

std::vector<Value> Value::split(char sep) const {
  std::vector<Value> entries(1);
  for_each_piece([&](const Piece& piece) {
    if (!piece.known) {
      entries.back().flat_.push_back(piece);
      return;
    }
    size_t start = 0;
    for (size_t i = 0; i <= piece.text.size(); ++i) {
      if (i == piece.text.size() || piece.text[i] == sep) {
        entries.back().append(piece.text.substr(start, i - start), piece.origin);
        if (i < piece.text.size()) entries.emplace_back();
        start = i + 1;
      }
    }
  });
  return entries;
}

Value Value::join(const std::vector<Value>& entries, char sep, const Origin& sep_origin) {
  Value out;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) {
      // The separator belongs to the entry that follows it, so that entry's origin wins.
      Origin origin = sep_origin;
      if (const Piece* first = entries[i].front()) origin = first->origin;
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
