// rules/goroot_set.cpp: GOROOT exported by a startup file (go finds its own root).
#include <algorithm>
#include <cstdint>
#include <set>
#include <utility>

#include "lint/rule.h"
#include "simulation/running_go.h"

namespace rclint::rules {
namespace {

using simulation::GoRootOnPath;

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t") == std::string_view::npos;
}

// Does a user file of the run expand $GOROOT anywhere? Then dropping the assignment changes
// that line too (`PATH=$GOROOT/bin:$PATH`), so it is no mechanical edit. Asked of the text
// of every file, so that the answer is the same in every context.
bool goroot_read_anywhere(const lint::Context& ctx) {
  return std::any_of(ctx.sources.files().begin(), ctx.sources.files().end(), [&](const auto& f) {
    return ctx.is_user_file(f.get()) && (f->text().find("$GOROOT") != std::string_view::npos ||
                                         f->text().find("${GOROOT") != std::string_view::npos);
  });
}

// The whole line, when it holds nothing but a top-level `[export ]GOROOT=value` (and maybe a
// comment): deleting it is then a safe edit.
std::optional<source::Range> whole_line(const lint::Context& ctx,
                                        const startup::AssignmentStep& step) {
  const syntax::Assignment& a = *step.syntax;
  if (a.is_array || a.append || !a.flags_on.empty() || a.value.range.end != step.range.end) {
    return std::nullopt;
  }
  if (!(a.builtin.empty() || a.builtin == "export")) return std::nullopt;
  if (a.name_range.begin < step.range.begin || step.at.file == nullptr) return std::nullopt;
  const syntax::ParsedFile* parsed = ctx.order.files.at(step.at.file_index).parsed;
  if (parsed == nullptr) return std::nullopt;
  bool top_level = std::any_of(parsed->statements.begin(), parsed->statements.end(),
                               [&](const syntax::Statement& s) {
                                 const auto* top = std::get_if<syntax::Assignment>(&s.node);
                                 return top == &a;
                               });
  if (!top_level) return std::nullopt;
  std::string_view text = step.at.file->text();
  std::string_view head = text.substr(step.range.begin, a.name_range.begin - step.range.begin);
  if (!(head.empty() ||
        (head.starts_with("export") && is_blank(head.substr(6)) && head.size() > 6))) {
    return std::nullopt;
  }
  uint32_t line = step.at.file->position(step.range.begin).line;
  uint32_t begin = step.at.file->line_start(line);
  std::string_view rest = step.at.file->line_text(line);
  rest = rest.substr(std::min<size_t>(rest.size(), step.range.end - begin));
  size_t hash = rest.find('#');
  if (!is_blank(rest.substr(0, hash)) || !is_blank(text.substr(begin, step.range.begin - begin))) {
    return std::nullopt;
  }
  uint32_t end = line < step.at.file->line_count() ? step.at.file->line_start(line + 1)
                                                   : static_cast<uint32_t>(text.size());
  return source::Range{begin, end};
}

// On the disk (an audit, --fs), the go that runs is known: a shared directory before the entry
// (/opt/homebrew/bin, /usr/bin) may hold another go, or the entry none at all.
bool runs_first_on_disk(const lint::Context& ctx, const startup::Value& path, size_t entry) {
  if (ctx.disk == nullptr) return true;
  simulation::RunningGo running = simulation::running_go(
      path, *ctx.disk, ctx.known.go_installs(), ctx.context().platform, ctx.sources.options().home);
  return running.kind == simulation::RunningGo::Kind::Found && running.go.entry == entry;
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  const startup::Variable* goroot = ctx.environment().find("GOROOT");
  if (goroot == nullptr || !goroot->exported) return;  // unexported: not-exported's case
  if (goroot->value.text() == "") return;              // go reads an empty GOROOT as unset
  const startup::Variable* path = ctx.environment().find("PATH");
  const std::string& home = ctx.sources.options().home;
  const simulation::GoInstalls& installs = ctx.known.go_installs();
  startup::Platform platform = ctx.context().platform;
  bool read_anywhere = goroot_read_anywhere(ctx);
  // The user's reads of $GOROOT, and the changes that end a value's life (not `export
  // GOROOT`, nor one in a branch that may not run), both in trace order: a line's notes name only
  // the reads that see its value, which also keeps a thousand GOROOT lines from a million notes.
  std::vector<const startup::VariableRead*> reads;
  for (const startup::VariableRead& read : ctx.order.trace.reads) {
    if (read.name == "GOROOT" && !read.in_test && ctx.is_user_file(read.at.file)) {
      reads.push_back(&read);
    }
  }
  auto by_sequence = [](const startup::VariableRead* a, const startup::VariableRead* b) {
    return a->at.sequence < b->at.sequence;
  };
  std::stable_sort(reads.begin(), reads.end(), by_sequence);
  std::vector<size_t> replaced_at;
  for (const startup::AssignmentStep& step : ctx.order.trace.assignments) {
    if (step.name != "GOROOT" || step.at.conditional) continue;
    bool keeps_value = step.before && step.after && step.before->value == step.after->value;
    if (!keeps_value) replaced_at.push_back(step.at.sequence);  // not `export GOROOT`
  }
  std::sort(replaced_at.begin(), replaced_at.end());
  for (const startup::AssignmentStep& step : ctx.order.trace.assignments) {
    const syntax::Assignment* a = step.syntax;
    if (step.name != "GOROOT" || a == nullptr || !a->has_value || a->is_command_prefix) continue;
    if (a->builtin == "local" || !step.after || !ctx.is_user_file(step.at.file)) continue;
    std::optional<std::string> value = step.after->value.text();
    if (value && value->empty()) continue;  // go reads an empty GOROOT as unset
    Severity severity = Severity::Warning;
    std::optional<std::string> runs;  // the PATH entry whose go finds this root by itself
    if (value && value->starts_with('/') && path != nullptr &&
        step.after->set_at == goroot->set_at) {
      std::vector<startup::Value> entries = path->value.split(':');
      GoRootOnPath on_path = simulation::go_root_on_path(installs, *value, entries, platform, home);
      // Another install first on PATH is goroot-mismatch's error as well: that one says which
      // go runs, this one that the line should go (the catalogue keeps both; one fix ends both).
      std::string root = simulation::trim_slashes(*value);
      std::string entry = on_path.kind == GoRootOnPath::Kind::Same
                              ? simulation::trim_slashes(*entries[on_path.entry].text())
                              : std::string();
      // Its own bin, or a bin whose install's standard root it is (/opt/homebrew/opt/go/bin):
      // not a shared directory or a shim, where the go that runs may be another version.
      const auto& match = on_path.match;
      if (!entry.empty() &&
          (entry == root + "/bin" || (match && !match->shared && match->root == root)) &&
          runs_first_on_disk(ctx, path->value, on_path.entry)) {
        severity = Severity::Info;
        runs = entry;
      }
    }
    std::string_view raw = a->value.raw;
    if (raw.size() >= 2 && raw.front() == '"' && raw.back() == '"') {
      raw = raw.substr(1, raw.size() - 2);
    }
    // The line's own text: the same in every context, whatever the value comes to.
    auto finding = out.report_as(severity, *step.at.file, step.range, "GOROOT is set to '{}'", raw);
    if (value && *value != raw) finding.note("GOROOT becomes '{}'", *value);
    if (runs) {
      finding.note("in {}, PATH runs the go in '{}', which finds this root by itself",
                   ctx.context().name(), *runs);
    }
    auto next = std::upper_bound(replaced_at.begin(), replaced_at.end(), step.at.sequence);
    size_t end = next == replaced_at.end() ? SIZE_MAX : *next;
    startup::VariableRead from;
    from.at.sequence = step.at.sequence;
    std::set<std::pair<const source::SourceFile*, uint32_t>> noted;  // a place once
    for (auto read = std::lower_bound(reads.begin(), reads.end(), &from, by_sequence);
         read != reads.end() && (*read)->at.sequence < end; ++read) {
      if (!noted.insert({(*read)->at.file, (*read)->range.begin}).second) continue;
      finding.note_at(*(*read)->at.file, (*read)->range,
                      "$GOROOT is read here: write the directory itself, or $(go env GOROOT)");
    }
    finding.help("drop GOROOT: go finds its own root");
    if (read_anywhere) continue;
    if (auto line = whole_line(ctx, step)) finding.fix(*step.at.file, *line, "");
  }
}

}  // namespace

extern constinit const lint::Rule goroot_set{
    .name = "goroot-set",
    .severity = Severity::Warning,
    .summary = "GOROOT is exported by a startup file",
    .rationale = R"md(The go command finds its own root from where its binary is, so `GOROOT`
is not needed. Setting it pins one install: after an upgrade or a switch (Homebrew, ~/sdk,
goenv, a new tarball) the go that PATH runs uses the pinned install's compiler and standard
library, and builds fail or mix toolchains ("compile: version … does not match go tool
version …"). When GOROOT names another install than the go PATH runs, `goroot-mismatch`
reports that as an error too; dropping the line fixes both. The finding is only informational when GOROOT is exactly the standard
root of the go that PATH selects: redundant today, wrong after the next change. The fix deletes
the line when it is a plain `export GOROOT=…` and no file reads `$GOROOT`; where a file does
(`PATH=$GOROOT/bin:$PATH`), write the directory there instead, or `$(go env GOROOT)`. Ignore
it for a go built from source that is not installed where it was built.)md",
    .bad_example = "export GOROOT=/opt/go\n",
    .good_example = "export PATH=\"$PATH:/usr/local/go/bin:$HOME/go/bin\"\n",
    .example_file = ".zprofile",
    .check = check,
};

}  // namespace rclint::rules
