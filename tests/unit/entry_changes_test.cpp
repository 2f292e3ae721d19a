// Tests of startup/entry_changes.h: what a step did to PATH's entries, computed from shared
// pieces, must equal the plain count of the entries before and after, whatever the step did.
#include "startup/entry_changes.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>

using namespace rclint;
using startup::AssignmentStep;
using startup::Origin;
using startup::Value;
using startup::Variable;

namespace {

std::map<std::string, int> counted(const std::optional<Variable>& v) {
  std::map<std::string, int> out;
  if (v) {
    for (const Value& entry : v->value.split(':')) ++out[entry.render()];
  }
  return out;
}

AssignmentStep step(std::optional<Value> before, std::optional<Value> after) {
  AssignmentStep s;
  s.name = "PATH";
  if (before) s.before.emplace().value = *before;
  if (after) s.after.emplace().value = *after;
  return s;
}

}  // namespace

// Why: a thousand `PATH="$dir:$PATH"` lines must cost a thousand small steps, which needs the
// value after to be found sharing the value before.
TEST_CASE("entry changes: a prepend or an append is seen around the old value") {
  Value path = Value::of("/usr/bin:/bin");
  for (uint32_t i = 0; i < 40; ++i) path.append(":/x" + std::to_string(i), Origin{nullptr, i, "x"});
  path.append(Value::of(":/y", Origin{nullptr, 102, "y"}));
  Value prepended = Value::of("/go/bin:", Origin{nullptr, 103, "go"});
  prepended.append(path);
  auto around = prepended.around(path);
  REQUIRE(around);
  CHECK(around->first.render() == "/go/bin:");
  CHECK(around->second.render().empty());
  startup::EntryChanges changes = startup::entry_changes(path, prepended, ':');
  REQUIRE(changes.added.size() == 1);
  CHECK(changes.added[0].render() == "/go/bin");
  CHECK(changes.removed.empty());
  // Written against the first entry: `PATH=/opt$PATH` changes /usr/bin into /opt/usr/bin.
  Value glued = Value::of("/opt", Origin{nullptr, 104, "glued"});
  glued.append(path);
  changes = startup::entry_changes(path, glued, ':');
  REQUIRE(changes.added.size() == 1);
  CHECK(changes.added[0].render() == "/opt/usr/bin");
  REQUIRE(changes.removed.size() == 1);
  CHECK(changes.removed[0].render() == "/usr/bin");
  // Adding a directory that is there already: the copy this line wrote is the one added.
  Value again = path;
  again.append(":/bin", Origin{nullptr, 105, "again"});
  REQUIRE(again.around(path));
  changes = startup::entry_changes(path, again, ':');
  REQUIRE(changes.added.size() == 1);
  CHECK(changes.added[0].render() == "/bin");
  CHECK(changes.added[0].front()->origin.offset == 105);
  CHECK(Value::of("/a").around(Value::of("/a")) == std::nullopt);  // flat: nothing shared
}

TEST_CASE("entry changes: random steps count exactly as splitting every value would") {
  std::mt19937 random(20261126);
  const std::vector<std::string> dirs{"/a", "/b", "", ".", "/c", "/go/bin"};
  auto dir = [&] { return dirs[random() % dirs.size()]; };
  std::optional<Value> path = Value::of("/usr/bin:/bin");
  startup::EntryTracker tracker("PATH");
  int shared = 0;  // steps where the value before was found inside the value after
  for (int i = 0; i < 3000; ++i) {
    Origin at{nullptr, static_cast<uint32_t>(i), "step"};
    std::optional<Value> next;
    unsigned kind = random() % 100;
    if (kind < 40) {  // PATH="$dir:$PATH"
      next = Value::of(dir() + ":", at);
      if (path) next->append(*path);
    } else if (kind < 70) {  // PATH="$PATH:$dir"
      next = path.value_or(Value());
      next->append(":" + dir(), at);
    } else if (kind < 80) {  // PATH="$dir:$PATH:$(tool)"
      next = Value::of(dir() + ":", at);
      if (path) next->append(*path);
      next->append(":", at);
      next->append(Value::unknown("$(tool)", at));
    } else if (kind < 95) {  // PATH="${dir}$PATH": joined to the first entry
      next = Value::of(dir(), at);
      if (path) next->append(*path);
    } else if (kind < 98) {  // typeset -U path: a value built apart
      if (path) next = startup::unique_entries(*path, ':');
    } else if (random() % 4 != 0) {  // PATH=/x:/y (else unset PATH)
      next = Value::of(dir() + ":" + dir(), at);
    }
    // Now and then a step whose value before is not the last one's (a branch).
    if (path && next && next->around(*path)) ++shared;
    std::optional<Value> before = path;
    if (random() % 50 == 0 && before) before->append(":/branch", at);
    AssignmentStep s = step(before, next);
    const startup::EntryChanges& changes = tracker.advance(s);
    const std::vector<Value>& added = changes.added;
    // Every entry holding text this step wrote is among `written`.
    if (s.after) {
      for (const Value& entry : s.after->value.split(':')) {
        bool mine = std::any_of(entry.pieces().begin(), entry.pieces().end(),
                                [&](const startup::Piece& p) { return p.origin == at; });
        if (!mine) continue;
        INFO("step ", i, " entry '", entry.render(), "'");
        CHECK(std::find(changes.written.begin(), changes.written.end(), entry) !=
              changes.written.end());
      }
    }
    std::map<std::string, int> was = counted(s.before);
    std::map<std::string, int> is = counted(s.after);
    std::map<std::string, int> grown;
    for (const Value& entry : added) ++grown[entry.render()];
    for (const auto& [text, n] : is) {
      INFO("step ", i, " entry '", text, "'");
      CHECK(tracker.count_after(text) == n);
      CHECK(tracker.count_before(text) == was[text]);
      CHECK(grown[text] == std::max(0, n - was[text]));
    }
    // The copies are the value's own entries, pieces and origins included.
    if (s.after) {
      for (const Value& entry : s.after->value.split(':')) {
        const std::vector<Value>& copies = tracker.copies(entry.render());
        CHECK(std::find(copies.begin(), copies.end(), entry) != copies.end());
      }
    }
    for (const auto& [text, n] : was) CHECK(tracker.count_before(text) == n);
    // find_entry stops at the first match, and finds what a full split finds first.
    if (s.after) {
      std::string wanted = dir();
      auto match = [&](const Value& e) { return e.render() == wanted; };
      std::vector<Value> all = s.after->value.split(':');
      auto first = std::find_if(all.begin(), all.end(), match);
      std::optional<Value> found = s.after->value.find_entry(':', match);
      CHECK(found.has_value() == (first != all.end()));
      if (found && first != all.end()) CHECK(*found == *first);
    }
    path = next;
  }
  CHECK(shared > 1500);  // so the test covers the fast path, not only the plain count
  AssignmentStep other = step(Value::of("/x"), Value::of("/y"));
  other.name = "GOPATH";
  CHECK(tracker.advance(other).added.empty());
}
