// rules/path_empty_entry.cpp: an empty or relative PATH entry: commands are looked up in the
// current directory.
#include <algorithm>
#include <map>
#include <set>

#include "lint/rule.h"
#include "startup/entry_changes.h"

namespace rclint::rules {
namespace {

// Empty, or relative: not `/…`. A literal `~…` is path-tilde-in-quotes' finding.
bool is_bad(std::string_view entry) {
  return entry.empty() || (entry.front() != '/' && entry.front() != '~');
}

// The exact empty or relative entries of a value, counted.
std::map<std::string, int> bad_entries(const std::optional<startup::Variable>& variable) {
  std::map<std::string, int> out;
  if (!variable) return out;
  for (const startup::Value& entry : variable->value.split(':')) {
    if (auto text = entry.text(); text && is_bad(*text)) ++out[*text];
  }
  return out;
}

std::string shown(const syntax::Assignment& a) {
  if (!a.is_array) return std::string(a.value.raw);
  std::string out = a.name + "=(";
  for (const syntax::Word& element : a.elements) {
    if (out.back() != '(') out += ' ';
    out += element.raw;
  }
  return out + ")";
}

// The ':' of the literal text that makes an empty entry by itself (a leading or trailing ':',
// or '::'), as a one-character range of the file; nullopt unless there is exactly one.
std::optional<source::Range> stray_colon(const syntax::Word& word, std::string_view text) {
  std::vector<uint32_t> found;
  for (size_t i = 0; i < word.parts.size(); ++i) {
    const syntax::WordPart& part = word.parts[i];
    if (part.kind != syntax::PartKind::Literal || part.text.empty()) continue;
    if (part.range.end > text.size()) return std::nullopt;
    std::string_view source = text.substr(part.range.begin, part.range.end - part.range.begin);
    if (i == 0 && part.text.front() == ':')
      found.push_back(part.range.begin + static_cast<uint32_t>(source.find(':')));
    for (size_t at = source.find("::"); at != std::string_view::npos;
         at = source.find("::", at + 2)) {
      found.push_back(part.range.begin + static_cast<uint32_t>(at));
    }
    if (i + 1 == word.parts.size() && part.text.back() == ':' && !(i == 0 && part.text == ":")) {
      found.push_back(part.range.begin + static_cast<uint32_t>(source.rfind(':')));
    }
  }
  if (found.size() != 1 || text.substr(found[0], 1) != ":") return std::nullopt;
  return source::Range{found[0], found[0] + 1};
}

// The variables read as unset by the latest run of the statement of `step`.
std::vector<std::string> unset_reads(const lint::Context& ctx,
                                     const startup::AssignmentStep& step) {
  size_t latest = 0;
  std::vector<const startup::VariableRead*> reads;
  for (const startup::VariableRead& read : ctx.order.trace.reads) {
    if (read.at.file != step.at.file || read.at.sequence > step.at.sequence) continue;
    if (read.range.begin < step.range.begin || read.range.end > step.range.end) continue;
    if (read.at.sequence > latest) reads.clear();
    latest = std::max(latest, read.at.sequence);
    reads.push_back(&read);
  }
  std::vector<std::string> out;
  for (const startup::VariableRead* read : reads) {
    // $X, ${X-}, ${X:-}: empty while X is unset (${X:+…} is the guard, not the cause).
    bool plain = read->op.empty() || read->op == "-" || read->op == ":-";
    if (read->state == startup::VariableRead::State::Unset && plain &&
        std::find(out.begin(), out.end(), read->name) == out.end()) {
      out.push_back(read->name);
    }
  }
  return out;
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  std::set<std::pair<size_t, std::string>> reported;  // (statement, entry): once per run
  // Only entries still there at the end: `PATH=":$PATH:"` to match `:dir:`, then stripped.
  const startup::Variable* final_path = ctx.environment().find("PATH");
  std::map<std::string, int> at_end =
      bad_entries(final_path ? std::optional(*final_path) : std::nullopt);
  startup::EntryTracker path("PATH");  // sees every PATH step, to keep its counts
  for (const startup::AssignmentStep& step : ctx.order.trace.assignments) {
    const startup::EntryChanges& changes = path.advance(step);
    const syntax::Assignment* a = step.syntax;
    if (step.name != "PATH" || a == nullptr || !a->has_value || !step.after) continue;
    if (!ctx.is_user_file(step.at.file) || a->is_command_prefix) continue;
    if (step.after->value.is_empty() == true) continue;  // PATH= is path-overwrite's finding
    // Only entries whose count grew: one that was there already is not this line's doing.
    std::set<std::string> added;
    for (const startup::Value& entry : changes.added) {
      if (auto text = entry.text(); text && is_bad(*text)) added.insert(*text);
    }
    for (const std::string& entry : added) {
      if (at_end[entry] == 0) continue;  // removed again later
      if (!reported.insert({step.range.begin, entry}).second) continue;
      const source::SourceFile& file = *step.at.file;
      if (!entry.empty()) {
        auto finding = out.report(file, step.range,
                                  "'{}' puts the relative entry '{}' in PATH: commands are "
                                  "looked up from whatever the current directory is",
                                  shown(*a), entry);
        if (entry == ".") {
          finding.help("remove '.' from PATH; run a command of the current directory as ./name");
        } else {
          finding.help("use an absolute directory, e.g. \"$HOME/{}\"", entry);
        }
        continue;
      }
      auto finding = out.report(file, step.range,
                                "'{}' puts an empty entry in PATH: commands are looked up in "
                                "the current directory",
                                shown(*a));
      std::vector<std::string> unset = unset_reads(ctx, step);
      if (!unset.empty()) {
        const std::string& name = unset.front();
        finding.note("in {}, ${} is unset when this line runs, so it leaves only the ':'",
                     ctx.context().name(), name);
        finding.help(
            "add {0} only when it is set: ${{{0}:+${0}:}}$PATH (or $PATH${{{0}:+:${0}}}), or set "
            "{0} before this line",
            name);
        continue;
      }
      std::optional<source::Range> colon;
      if (!a->is_array) colon = stray_colon(a->value, file.text());
      if (colon) {
        finding.help("remove the stray ':'").fix(file, *colon, "");
      } else {
        finding.help("remove the empty entry (a leading or trailing ':', or '::')");
      }
    }
  }
}

}  // namespace

extern constinit const lint::Rule path_empty_entry{
    .name = "path-empty-entry",
    .severity = Severity::Warning,
    .summary = "a PATH entry is empty or relative, so the current directory is searched",
    .rationale = R"md(An empty PATH entry (a leading or trailing `:`, or `::`) means the current
directory to every shell and to exec(3), and so does `.`; a relative entry such as `bin` is
looked up from wherever the shell happens to be. Typing `go` or `ls` in a directory that holds a
file of that name runs it: a security hole, and a source of "wrong go" puzzles. The common cause
is `export PATH=$GOBIN:$PATH` in a context where GOBIN is unset: the entry is empty exactly
there. The rule reports the line that creates the entry, in the contexts where it does, and
says nothing where a value is not known. Ignore it only if you really want the current
directory searched, and then prefer an explicit `.` at the end.)md",
    .bad_example = "export PATH=$PATH:\n",
    .good_example = "export PATH=\"${GOBIN:+$GOBIN:}$PATH\"\n",
    .example_file = ".zprofile",
    .check = check,
};

}  // namespace rclint::rules
