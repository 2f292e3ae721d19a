#include "startup/entry_changes.h"

#include <algorithm>
#include <string_view>

namespace rclint::startup {

namespace {

// Drops every pair of an added and a removed entry with the same text: first the identical
// ones, then any.
EntryChanges cancel(std::vector<Value> added, std::vector<Value> removed) {
  std::vector<std::string> added_text;
  std::vector<std::string> removed_text;
  for (const Value& entry : added) added_text.push_back(entry.render());
  for (const Value& entry : removed) removed_text.push_back(entry.render());
  std::vector<bool> added_matched(added.size());
  std::vector<bool> removed_matched(removed.size());
  // A step usually touches an entry or two, compared pairwise; a value rebuilt apart (no
  // shared pieces) is matched through an index by text.
  bool indexed = removed.size() > 16;
  std::unordered_map<std::string_view, std::vector<size_t>> by_text;
  if (indexed) {
    for (size_t r = 0; r < removed.size(); ++r) by_text[removed_text[r]].push_back(r);
  }
  auto match_of = [&](size_t i, bool identical) -> std::optional<size_t> {
    auto fits = [&](size_t r) {
      return !removed_matched[r] && removed_text[r] == added_text[i] &&
             (!identical || removed[r] == added[i]);
    };
    if (!indexed) {
      for (size_t r = 0; r < removed.size(); ++r) {
        if (fits(r)) return r;
      }
      return std::nullopt;
    }
    auto slot = by_text.find(added_text[i]);
    if (slot == by_text.end()) return std::nullopt;
    for (size_t r : slot->second) {
      if (fits(r)) return r;
    }
    return std::nullopt;
  };
  EntryChanges out;
  for (bool identical : {true, false}) {
    for (size_t i = 0; i < added.size(); ++i) {
      if (added_matched[i]) continue;
      std::optional<size_t> r = match_of(i, identical);
      if (!r) continue;
      if (!identical) out.rewritten.emplace_back(removed[*r], added[i]);
      added_matched[i] = true;
      removed_matched[*r] = true;
    }
  }
  out.written = added;
  for (size_t i = 0; i < added.size(); ++i) {
    if (!added_matched[i]) out.added.push_back(std::move(added[i]));
  }
  for (size_t i = 0; i < removed.size(); ++i) {
    if (!removed_matched[i]) out.removed.push_back(std::move(removed[i]));
  }
  return out;
}

void append_split(std::vector<Value>& out, const Value& value, char sep) {
  for (Value& entry : value.split(sep)) out.push_back(std::move(entry));
}

}  // namespace

EntryChanges entry_changes(const Value& before, const Value& after, char sep) {
  if (before.same_version(after)) return {};
  std::optional<std::pair<Value, Value>> around = after.around(before);
  if (!around) return cancel(after.split(sep), before.split(sep));
  // after = written_before + before + written_after. Only the entries at before's edges can
  // join with the text written next to them; the ones in between are untouched.
  // Named references, not a structured binding: clang 14 cannot capture one in a lambda.
  const Value& written_before = around->first;
  const Value& written_after = around->second;
  bool wrote_before = written_before.front() != nullptr;
  bool wrote_after = written_after.front() != nullptr;
  std::vector<Value> added;
  std::vector<Value> removed;
  // An edge entry is read only when text was written next to it: the other edge of a long
  // chain of prepends lies as deep as the chain is long.
  if (wrote_before && wrote_after) {
    bool whole = false;
    before.edge_entry(sep, false, &whole);
    if (whole) {  // one entry, written around on both sides
      Value joined = written_before;
      joined.append(before);
      joined.append(written_after);
      append_split(added, joined, sep);
      removed.push_back(before);
      return cancel(std::move(added), std::move(removed));
    }
  }
  // The first entry joined to what was written before it, the last to what was written after.
  auto rewrite_edge = [&](bool last) {
    Value edge = before.edge_entry(sep, last);
    Value joined = last ? edge : written_before;
    joined.append(last ? written_after : edge);
    append_split(added, joined, sep);
    removed.push_back(std::move(edge));
  };
  if (wrote_before) rewrite_edge(false);
  if (wrote_after) rewrite_edge(true);
  return cancel(std::move(added), std::move(removed));
}

void EntryTracker::recount(const Value* value) {
  copies_.clear();
  if (value == nullptr) return;
  for (Value& entry : value->split(sep_)) copies_[entry.render()].push_back(std::move(entry));
}

const EntryChanges& EntryTracker::advance(const AssignmentStep& step) {
  changes_ = {};
  net_.clear();
  if (step.name != name_) return changes_;
  const Value* before = step.before ? &step.before->value : nullptr;
  bool continues = before == nullptr ? !current_ : current_ && current_->same_version(*before);
  if (!continues) recount(before);
  EntryChanges& changes = changes_;
  if (before == nullptr && step.after) {
    changes.added = step.after->value.split(sep_);
    changes.written = changes.added;
  } else if (before != nullptr && !step.after) {
    changes.removed = before->split(sep_);
  } else if (before != nullptr) {
    changes = entry_changes(*before, step.after->value, sep_);
  }
  for (const Value& entry : changes.removed) {
    std::string text = entry.render();
    --net_[text];
    std::vector<Value>& copies = copies_[text];
    auto same = std::find(copies.begin(), copies.end(), entry);
    if (same == copies.end()) same = copies.begin();
    if (same != copies.end()) copies.erase(same);
    if (copies.empty()) copies_.erase(text);
  }
  for (const Value& entry : changes.added) {
    std::string text = entry.render();
    ++net_[text];
    copies_[text].push_back(entry);
  }
  for (const auto& [old_copy, new_copy] : changes.rewritten) {
    std::vector<Value>& copies = copies_[old_copy.render()];
    auto same = std::find(copies.begin(), copies.end(), old_copy);
    if (same != copies.end()) *same = new_copy;
  }
  if (step.after) {
    current_ = step.after->value;
  } else {
    current_.reset();
  }
  return changes_;
}

int EntryTracker::count_after(const std::string& entry) const {
  auto found = copies_.find(entry);
  return found == copies_.end() ? 0 : static_cast<int>(found->second.size());
}

int EntryTracker::count_before(const std::string& entry) const {
  auto found = net_.find(entry);
  return count_after(entry) - (found == net_.end() ? 0 : found->second);
}

const std::vector<Value>& EntryTracker::copies(const std::string& entry) const {
  static const std::vector<Value> kNone;
  auto found = copies_.find(entry);
  return found == copies_.end() ? kNone : found->second;
}

}  // namespace rclint::startup
