#pragma once

// What a step did to the entries of a list variable (PATH's directories). Rules ask, for each
// of the user's PATH changes, which directories it added and whether they were there already.
// Splitting the whole PATH before and after every change costs the length of PATH each time,
// quadratic over a home that changes PATH a thousand times; here a change costs what it
// wrote, since the value after `PATH="$dir:$PATH"` shares its pieces with the value before.

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "startup/trace.h"
#include "startup/value.h"

namespace rclint::startup {

struct EntryChanges {
  std::vector<Value> added;    // entries of `after` left over once matched, in their order
  std::vector<Value> removed;  // entries of `before` left over, in their order
  // The entries of `after` that hold the text written around `before`, matched or not (every
  // entry when `after` does not share `before`'s pieces): where to look for what a line wrote.
  std::vector<Value> written;
  // Pairs of an entry of `before` and one of `after` with the same text but other pieces
  // (written anew): they cancel out in `added` and `removed`, the later copy replaces the
  // earlier.
  std::vector<std::pair<Value, Value>> rewritten;
};

/// The `sep`-separated entries of `after` against those of `before`, as multisets. Entries
/// match by rendered text, an identical entry (same origins) first, so that when a line adds a
/// directory that is already there, the copy it wrote is the one reported as added.
EntryChanges entry_changes(const Value& before, const Value& after, char sep);

/// One variable's entries along a trace, fed its steps in trace order: how often each entry
/// occurs before and after each step, without rescanning the value.
class EntryTracker {
 public:
  explicit EntryTracker(std::string name, char sep = ':') : name_(std::move(name)), sep_(sep) {}

  /// Moves past `step`. Returns what it did to the entries (nothing, for a step of another
  /// variable). Steps must come in trace order; a step whose value before is not the one the
  /// last step left (a branch, a subshell) is recounted from its own value.
  const EntryChanges& advance(const AssignmentStep& step);
  /// How often `entry` (rendered text) occurs after, and before, the last step passed.
  int count_after(const std::string& entry) const;
  int count_before(const std::string& entry) const;
  /// The copies of `entry` after the last step passed, the earliest added first (in the
  /// value's order for those counted at once, when a step had to be recounted).
  const std::vector<Value>& copies(const std::string& entry) const;

 private:
  void recount(const Value* value);

  std::string name_;
  char sep_;
  std::optional<Value> current_;  // what copies_ describes; nullopt: unset
  std::unordered_map<std::string, std::vector<Value>> copies_;  // by rendered text
  std::unordered_map<std::string, int> net_;  // the last step's net change per entry
  EntryChanges changes_;
};

}  // namespace rclint::startup
