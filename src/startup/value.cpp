#include "startup/value.h"

#include <algorithm>
#include <set>

namespace rclint::startup {

namespace {

// Values with more pieces or characters than this are linked, not copied, when appended to
// another, and shared when copied. Characters count too: the same line run a thousand times
// (a loop, a file sourced from a loop) prepends text that joins the piece before it, so PATH
// grows as one ever longer piece.
constexpr size_t kFlatLimit = 16;
constexpr size_t kFlatChars = 256;

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
  bool exact = true;       // every piece under it known: asked at each `$PATH`, kept, not counted
  size_t chars = 0;        // the text of every piece under it
  size_t known_chars = 0;  // of the known pieces: is_empty() without a walk down the tree

  Node() = default;
  explicit Node(std::vector<Piece> pieces) : leaf(std::move(pieces)) {
    for (const Piece& p : leaf) {
      exact = exact && p.known;
      chars += p.text.size();
      if (p.known) known_chars += p.text.size();
    }
  }
  Node(std::shared_ptr<const Node> l, std::shared_ptr<const Node> r)
      : left(std::move(l)),
        right(std::move(r)),
        exact(left->exact && right->exact),
        chars(left->chars + right->chars),
        known_chars(left->known_chars + right->known_chars) {}
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

template <typename Visit>
void Value::visit_stored(bool reverse, Visit&& visit) const {
  if (!rope_) {
    for (size_t i = 0; i < flat_.size(); ++i) {
      if (!visit(flat_[reverse ? flat_.size() - 1 - i : i])) return;
    }
    return;
  }
  std::vector<const Node*> stack{rope_.get()};
  while (!stack.empty()) {
    const Node* node = stack.back();
    stack.pop_back();
    if (node->left) {
      stack.push_back(reverse ? node->left.get() : node->right.get());
      stack.push_back(reverse ? node->right.get() : node->left.get());
    }
    for (size_t i = 0; i < node->leaf.size(); ++i) {
      if (!visit(node->leaf[reverse ? node->leaf.size() - 1 - i : i])) return;
    }
  }
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

size_t Value::chars() const {
  if (rope_) return rope_->chars;
  size_t total = 0;
  for (const Piece& piece : flat_) total += piece.text.size();
  return total;
}

bool Value::is_long() const {
  return count() > kFlatLimit || (count() > 0 && chars() > kFlatChars);
}

void Value::share() const {
  if (rope_ || !is_long()) return;
  rope_count_ = flat_.size();
  rope_ = std::make_shared<const Node>(std::move(flat_));
  flat_.clear();
}

Value::Value(const Value& other) {
  other.share();
  flat_ = other.flat_;
  rope_ = other.rope_;
  rope_count_ = other.rope_count_;
}

Value& Value::operator=(const Value& other) {
  if (this == &other) return *this;
  other.share();
  flat_ = other.flat_;
  rope_ = other.rope_;
  rope_count_ = other.rope_count_;
  return *this;
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
  if (rope_) return rope_->exact;
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
  if (rope_) {  // a chain of appends is as deep as it is long: no walk to its first piece
    if (rope_->known_chars > 0) return false;
    return rope_->exact ? std::optional(true) : std::nullopt;
  }
  bool unknown = false;
  bool nonempty = false;
  visit_stored(false, [&](const Piece& piece) {
    nonempty = piece.known && !piece.text.empty();
    if (!piece.known) unknown = true;
    return !nonempty;  // one known character decides
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
  if (!other.is_long()) {  // short: copied
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

Value Value::of_node(std::shared_ptr<const Node> node) {
  Value value;
  size_t count = 0;
  std::vector<const Node*> stack{node.get()};
  while (!stack.empty()) {
    const Node* n = stack.back();
    stack.pop_back();
    count += n->leaf.size();
    if (n->left) stack.insert(stack.end(), {n->right.get(), n->left.get()});
  }
  value.rope_ = std::move(node);
  value.rope_count_ = count;
  return value;
}

bool Value::same_version(const Value& other) const {
  if (rope_ || other.rope_) return rope_ == other.rope_;
  return flat_ == other.flat_;
}

std::optional<std::pair<Value, Value>> Value::around(const Value& inner) const {
  if (!rope_ || !inner.rope_) return std::nullopt;
  // `inner` sits a few levels down, one level per piece of text written around it; a small
  // budget keeps the search cheap when it is not there at all.
  const Node* target = inner.rope_.get();
  struct Turn {
    const Node* node;
    bool left;  // `inner` is under node->left
  };
  std::vector<Turn> path;
  int budget = 64;
  auto find = [&](const Node* node, auto& self) -> bool {
    if (node == target) return true;
    if (!node->left || --budget < 0) return false;
    path.push_back({node, true});
    if (self(node->left.get(), self)) return true;
    path.back().left = false;
    if (self(node->right.get(), self)) return true;
    path.pop_back();
    return false;
  };
  if (!find(rope_.get(), find)) return std::nullopt;
  Value before;
  Value after;
  for (const Turn& turn : path) {
    if (!turn.left) before.append(of_node(turn.node->left));
  }
  for (auto turn = path.rbegin(); turn != path.rend(); ++turn) {
    if (turn->left) after.append(of_node(turn->node->right));
  }
  return std::pair{std::move(before), std::move(after)};
}

Value Value::edge_entry(char sep, bool last, bool* whole) const {
  std::vector<Piece> pieces;  // in reading order when `last` is false, else reversed
  bool found = false;
  visit_stored(last, [&](const Piece& piece) {
    size_t at = !piece.known ? std::string::npos
                : last       ? piece.text.rfind(sep)
                             : piece.text.find(sep);
    if (at == std::string::npos) {
      pieces.push_back(piece);
      return true;
    }
    found = true;
    Piece part = piece;
    part.text = last ? piece.text.substr(at + 1) : piece.text.substr(0, at);
    pieces.push_back(std::move(part));
    return false;
  });
  if (whole != nullptr) *whole = !found;
  if (last) std::reverse(pieces.begin(), pieces.end());
  Value entry;
  for (const Piece& piece : pieces) push_piece(entry.flat_, piece);
  return entry;
}

std::optional<Value> Value::find_entry(char sep,
                                       const std::function<bool(const Value&)>& match) const {
  // As split(), one entry at a time.
  std::optional<Value> found;
  Value entry;
  visit_stored(false, [&](const Piece& piece) {
    if (!piece.known) {
      entry.flat_.push_back(piece);
      return true;
    }
    size_t start = 0;
    for (size_t i = 0; i <= piece.text.size(); ++i) {
      if (i < piece.text.size() && piece.text[i] != sep) continue;
      entry.append(piece.text.substr(start, i - start), piece.origin);
      start = i + 1;
      if (i == piece.text.size()) break;
      if (match(entry)) {
        found = std::move(entry);
        return false;
      }
      entry = Value();
    }
    return true;
  });
  if (!found && match(entry)) found = std::move(entry);
  return found;
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

}  // namespace rclint::startup
