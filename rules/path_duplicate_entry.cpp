// rules/path_duplicate_entry.cpp: a directory added to PATH when it is already there, along
// one context or again in every nested shell.
#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "lint/rule.h"
#include "startup/entry_changes.h"

namespace rclint::rules {
namespace {

std::map<std::string, int> counts(const startup::Value& value) {
  std::map<std::string, int> out;
  for (const startup::Value& entry : value.split(':')) {
    if (auto text = entry.text(); text && !text->empty()) ++out[*text];
  }
  return out;
}

bool from_step(const startup::Value& entry, const startup::AssignmentStep& step) {
  return std::any_of(entry.pieces().begin(), entry.pieces().end(), [&](const auto& piece) {
    return piece.origin.file == step.at.file && piece.origin.offset == step.range.begin;
  });
}

// The PATH value a walk ends with.
const startup::Value* final_path(const startup::LoadOrder& order) {
  const startup::Variable* path = order.environment.find("PATH");
  return path ? &path->value : nullptr;
}

// Each assignment of a user file that adds a directory PATH already holds, the duplicate
// surviving to the end of the walk: `found(step, dir, where the other copies were written,
// the earliest first)`; no other copy: this very line ran before (a file read twice).
using FoundDuplicate = std::function<void(const startup::AssignmentStep&, const std::string&,
                                          const std::vector<startup::Origin>&)>;
void duplicates(const lint::Context& ctx, const startup::LoadOrder& order,
                const FoundDuplicate& found) {
  const startup::Value* end = final_path(order);
  if (end == nullptr) return;
  std::map<std::string, int> at_end = counts(*end);
  startup::EntryTracker path("PATH");  // sees every PATH step, to keep its counts
  for (const startup::AssignmentStep& step : order.trace.assignments) {
    const startup::EntryChanges& changes = path.advance(step);
    if (step.name != "PATH" || !step.after || !ctx.is_user_file(step.at.file)) continue;
    // Known commands' effects (`eval "$(brew shellenv)"`) are left out: current Homebrew
    // prints nothing when its directories already lead PATH.
    if (step.syntax == nullptr || step.syntax->is_command_prefix) continue;
    for (const startup::Value& entry : changes.added) {
      auto text = entry.text();
      // Relative and empty entries are path-empty-entry's.
      if (!text || !text->starts_with('/') || path.count_after(*text) < 2) continue;
      if (at_end[*text] < 2 || !from_step(entry, step)) continue;
      std::vector<startup::Origin> others;
      for (const startup::Value& copy : path.copies(*text)) {
        if (!from_step(copy, step) && !copy.pieces().empty()) {
          others.push_back(copy.pieces().front().origin);
        }
      }
      found(step, *text, others);
      break;  // one finding per statement: the first directory it repeats
    }
  }
}

struct Note {
  const source::SourceFile* file = nullptr;  // null: a note without a place
  source::Range range;
  std::string text;
  friend bool operator==(const Note&, const Note&) = default;
};

struct Cause {
  const source::SourceFile* file = nullptr;
  source::Range range;
  std::string dir;
  std::vector<Note> notes;
  void add(Note note) {
    if (std::find(notes.begin(), notes.end(), note) == notes.end()) notes.push_back(note);
  }
};

// The statement an origin points at (for a note's place).
source::Range statement_at(const startup::LoadOrder& order, const startup::Origin& origin) {
  for (const startup::AssignmentStep& step : order.trace.assignments) {
    if (step.at.file == origin.file && step.range.begin == origin.offset) return step.range;
  }
  return {origin.offset, origin.offset};
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  const std::string& home = ctx.sources.options().home;
  auto relative = [&](const std::string& dir, std::string_view as) {
    if (home.empty() || !dir.starts_with(home + "/")) return dir;
    return std::string(as) + dir.substr(home.size());
  };
  std::map<std::pair<std::string, uint32_t>, Cause> causes;
  auto cause = [&](const startup::AssignmentStep& step, const std::string& dir) -> Cause& {
    Cause& c = causes[{std::string(step.at.file->path()), step.range.begin}];
    if (c.file == nullptr) c = Cause{step.at.file, step.range, dir, {}};
    return c;
  };
  std::string name = ctx.context().name();
  // Twice along this context, both copies from the user's files.
  duplicates(
      ctx, ctx.order,
      [&](const startup::AssignmentStep& step, const std::string& dir,
          const std::vector<startup::Origin>& others) {
        if (others.empty()) {
          cause(step, dir).add({nullptr, {}, fmt::format("in {}, this line runs twice", name)});
          return;
        }
        // Copies /etc put there are harmless; the user's own earlier line is the one to show.
        auto first = std::find_if(others.begin(), others.end(), [&](const startup::Origin& o) {
          return ctx.is_user_file(o.file);
        });
        if (first == others.end()) return;
        cause(step, dir).add({first->file, statement_at(ctx.order, *first),
                              fmt::format("in {}, it was added here first", name)});
      });
  // Again in a shell started from this one. Not for login shells: a nested shell is rarely a
  // login shell, and the files it re-reads are checked through the non-login contexts.
  startup::Mode mode = ctx.context().mode;
  const startup::Value* parent = final_path(ctx.order);
  if (mode == startup::Mode::Login || mode == startup::Mode::LoginScript || !parent) {
    parent = nullptr;
  }
  // The nested walk costs a whole walk; without a PATH line of the user's there is nothing it
  // could add again.
  bool adds_to_path = std::any_of(
      ctx.order.trace.assignments.begin(), ctx.order.trace.assignments.end(),
      [&](const startup::AssignmentStep& step) {
        return step.name == "PATH" && (step.syntax != nullptr || !step.at.modelled.empty()) &&
               ctx.is_user_file(step.at.file);
      });
  if (!adds_to_path) parent = nullptr;
  // The directories the nested shell inherits that the user's lines put there.
  std::set<std::string> inherited_from_user;
  for (const startup::Value& entry : parent ? parent->split(':') : std::vector<startup::Value>{}) {
    auto text = entry.text();
    if (text && !entry.pieces().empty() && ctx.is_user_file(entry.pieces().front().origin.file)) {
      inherited_from_user.insert(*text);
    }
  }
  std::string how = mode == startup::Mode::Interactive
                        ? "a shell started inside it (a tmux pane, `zsh` or `bash` typed in it, "
                          "an editor's terminal)"
                        : "a script it runs with the same shell";
  if (parent) {
    duplicates(ctx, ctx.orders.nested(ctx.order),
               [&](const startup::AssignmentStep& step, const std::string& dir,
                   const std::vector<startup::Origin>& others) {
                 bool inherits = std::any_of(
                     others.begin(), others.end(),
                     [](const startup::Origin& o) { return o.file == nullptr && o.note.empty(); });
                 if (!inherits) return;
                 if (inherited_from_user.count(dir) == 0) return;
                 cause(step, dir).add(
                     {nullptr,
                      {},
                      fmt::format("in {}, {} inherits it and adds it again: PATH grows at "
                                  "each level",
                                  name, how)});
               });
  }
  for (auto& [where, c] : causes) {
    auto finding = out.report(*c.file, c.range, "'{}' is added to PATH again: it is already there",
                              relative(c.dir, "~"));
    for (const Note& note : c.notes) {
      if (note.file != nullptr) {
        finding.note_at(*note.file, note.range, "{}", note.text);
      } else {
        finding.note("{}", note.text);
      }
    }
    finding.help(
        "add it only when missing: case \":$PATH:\" in *\":{0}:\"*) ;; *) PATH=\"{0}:$PATH\" ;; "
        "esac (in zsh, `typeset -U path` before it keeps one copy of every entry)",
        relative(c.dir, "$HOME"));
  }
}

}  // namespace

extern constinit const lint::Rule path_duplicate_entry{
    .name = "path-duplicate-entry",
    .severity = Severity::Info,
    .summary = "a directory is added to PATH when it is already there",
    .rationale = R"md(A directory added twice along one startup (in ~/.zprofile and again in
~/.zshrc), or added without a check in a file every nested shell reads again (~/.zshenv,
~/.zshrc, ~/.bashrc), makes PATH longer at each level: a tmux pane, `zsh` typed inside zsh, an
editor's terminal, `bash -c` in a script. Lookups stay correct, but PATH becomes hard to read,
slower to search, and a later "prepend" no longer wins over the older copies as expected. zsh's
`typeset -U path` keeps the first copy of every entry; in bash and sh, guard the line with
`case ":$PATH:" in *":$dir:"*) ;; *) PATH="$dir:$PATH" ;; esac`. Copies that /etc files put
there (path_helper, /etc/profile) are not reported. Ignore it when the order of a repeated entry
is deliberate.)md",
    .bad_example = "export PATH=\"$HOME/bin:$PATH\"\n",
    .good_example = "typeset -U path\npath=($HOME/bin $path)\n",
    .example_file = ".zshenv",
    .check = check,
};

}  // namespace rclint::rules
