#pragma once

// Symbolic values: what the simulation knows about a variable without running anything. A
// value is a sequence of pieces; a piece is either known text or an unknown part (a command
// substitution, a branch rclint cannot decide). Every piece remembers where it was written, so
// each PATH entry can say which file:line added it.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "source/source_file.h"

namespace rclint::startup {

/// Where a piece of a value was written. `file` null: the starting environment, or a stock
/// system file that rclint models without its text. `note` says how, when the text itself is
/// not in the file ("brew shellenv", "path_helper (/etc/paths)").
struct Origin {
  const source::SourceFile* file = nullptr;
  uint32_t offset = 0;
  std::string note;
  friend bool operator==(const Origin&, const Origin&) = default;
};

struct Piece {
  std::string text;  // known: the characters; unknown: what they depend on ("$(brew --prefix)")
  bool known = true;
  Origin origin;
  friend bool operator==(const Piece&, const Piece&) = default;
};

class Value {
 public:
  Value() = default;
  /// A copy shares a long value's pieces (see `rope_`); it turns a long flat `other` into
  /// a shared node first, which is invisible from outside.
  Value(const Value& other);
  Value& operator=(const Value& other);
  Value(Value&&) noexcept = default;
  Value& operator=(Value&&) noexcept = default;
  static Value of(std::string text, Origin origin = {});
  static Value unknown(std::string why, Origin origin = {});

  /// The pieces in order; adjacent known pieces with the same origin are one piece. A value
  /// built by concatenation is flattened (and kept flat) on the first call.
  const std::vector<Piece>& pieces() const;
  /// The first piece (its text may be longer in pieces()); null for the empty value. Unlike
  /// pieces(), it never flattens a long value.
  const Piece* front() const;
  /// Every part known.
  bool exact() const;
  /// The text, when exact.
  std::optional<std::string> text() const;
  /// The text with unknown parts shown as `${?why}` (spec §4).
  std::string render() const;
  /// true/false when decidable: an unknown part may be empty, a known character is not.
  std::optional<bool> is_empty() const;

  void append(const Value& other);
  void append(std::string text, const Origin& origin);
  /// Gives every piece this origin (a value assigned as a whole keeps the text's origins for
  /// text copied from other variables, so only pieces without a file are re-attributed).
  void attribute(const Origin& origin);
  /// Gives every piece this origin: text copied into another variable was written there.
  void retag(const Origin& origin);

  /// The `sep`-separated entries (PATH's directories); an unknown piece stays inside the entry
  /// it falls in, since it may or may not contain separators.
  std::vector<Value> split(char sep) const;
  static Value join(const std::vector<Value>& entries, char sep, const Origin& sep_origin = {});
  /// The first `sep`-separated entry for which `match` holds, reading only as far as it.
  std::optional<Value> find_entry(char sep, const std::function<bool(const Value&)>& match) const;

  /// A copy of `other`, sharing its pieces: cheap, and false when unsure (values equal by
  /// text but built apart are not the same version).
  bool same_version(const Value& other) const;
  /// When this value was built by writing text around `inner` and still shares its pieces
  /// (`PATH="$dir:$PATH"`, `PATH="$PATH:$dir"`, where `inner` is the old PATH): the values
  /// written before and after it. nullopt when no such sharing is found, which says nothing
  /// about the texts. Costs what lies around `inner`, not `inner` itself.
  std::optional<std::pair<Value, Value>> around(const Value& inner) const;
  /// The first (or, `last`, the last) `sep`-separated entry, reading only as far as it;
  /// `*whole` is set when the value holds no `sep`, so that entry is the whole value.
  Value edge_entry(char sep, bool last, bool* whole = nullptr) const;

  friend bool operator==(const Value& a, const Value& b);

 private:
  // Why a persistent representation: the trace keeps every variable before and after each
  // change, and `PATH="$dir:$PATH"` a thousand times over would keep a thousand copies of a
  // growing PATH (quadratic memory). Appending a long value instead links to its pieces, which
  // are never changed once shared, so each version costs only what it added.
  struct Node;
  template <typename Visit>
  void for_each_piece(Visit&& visit) const;
  // Pieces as stored (not joined), from either end, until `visit` returns false.
  template <typename Visit>
  void visit_stored(bool reverse, Visit&& visit) const;
  static Value of_node(std::shared_ptr<const Node> node);
  void make_flat() const;
  size_t count() const { return rope_ ? rope_count_ : flat_.size(); }
  size_t chars() const;  // the text of every piece, known or not
  bool is_long() const;  // worth sharing rather than copying
  void share() const;    // a long flat value becomes one shared leaf

  // Exactly one representation is in use: `rope_` when set (a concatenation; `flat_` empty),
  // else `flat_`. Flattening is invisible from outside, hence `mutable`.
  mutable std::vector<Piece> flat_;
  mutable std::shared_ptr<const Node> rope_;
  mutable size_t rope_count_ = 0;  // pieces under rope_, before adjacent ones are joined
};

/// The value after "either `a` or `b`": the common beginning and end are kept, the part in
/// between becomes unknown (`why`).
Value merge_values(const Value& a, const Value& b, const std::string& why);

/// Drops every entry that repeats an earlier one (zsh `typeset -U`, path_helper); only exact
/// entries are compared.
Value unique_entries(const Value& value, char sep);

/// Removes every exact entry equal to `entry` (pyenv's shims dedupe).
Value without_entry(const Value& value, const std::string& entry, char sep);

}  // namespace rclint::startup
