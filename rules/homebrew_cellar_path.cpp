// rules/homebrew_cellar_path.cpp: PATH or a toolchain variable pointing into a versioned
// Homebrew Cellar directory, which the next `brew upgrade` removes.
#include <algorithm>
#include <map>
#include <set>

#include "lint/rule.h"
#include "startup/entry_changes.h"

namespace rclint::rules {
namespace {

// `…/Cellar/<formula>/<version>`, the version starting with a digit (`1.22.3`, `21.0.1_1`).
struct CellarDir {
  std::string entry;    // the whole entry: /opt/homebrew/Cellar/go/1.22.3/libexec
  std::string formula;  // go
  std::string version;  // 1.22.3
  std::string opt;      // the entry through the opt/ link: /opt/homebrew/opt/go/libexec
};

// (Hand-written, not std::regex: g++ 12 reports false -Wmaybe-uninitialized inside
// std::regex under the sanitizers, GCC bug 105562.)
std::optional<CellarDir> cellar_dir(const std::string& entry) {
  constexpr std::string_view kStop = "/:$";
  for (size_t at = entry.find("/Cellar/"); at != std::string::npos;
       at = entry.find("/Cellar/", at + 1)) {
    size_t formula_begin = at + 8;
    size_t formula_end = entry.find_first_of(kStop, formula_begin);
    if (formula_end == formula_begin || formula_end == std::string::npos ||
        entry[formula_end] != '/') {
      continue;
    }
    size_t version_begin = formula_end + 1;
    if (version_begin >= entry.size() ||
        !std::isdigit(static_cast<unsigned char>(entry[version_begin]))) {
      continue;
    }
    size_t version_end = std::min(entry.find_first_of(kStop, version_begin), entry.size());
    std::string formula = entry.substr(formula_begin, formula_end - formula_begin);
    std::string opt = entry;
    opt.replace(at, version_end - at, "/opt/" + formula);
    return CellarDir{entry, formula, entry.substr(version_begin, version_end - version_begin), opt};
  }
  return std::nullopt;
}

bool written_by(const startup::Value& entry, const startup::AssignmentStep& step) {
  return std::any_of(entry.pieces().begin(), entry.pieces().end(), [&](const auto& piece) {
    return piece.origin.file == step.at.file && piece.origin.offset == step.range.begin;
  });
}

// The exact source text `Cellar/<formula>/<version>`, once, inside the assignment's value.
std::optional<source::Range> verbatim(const syntax::Assignment& a, const CellarDir& dir,
                                      std::string_view text) {
  source::Range value = a.value.range;
  if (a.is_array) {
    if (a.elements.empty()) return std::nullopt;
    value = {a.elements.front().range.begin, a.elements.back().range.end};
  }
  if (value.end > text.size()) return std::nullopt;
  std::string_view source = text.substr(value.begin, value.end - value.begin);
  std::string needle = "Cellar/" + dir.formula + "/" + dir.version;
  size_t at = source.find(needle);
  if (at == std::string_view::npos || source.find(needle, at + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  uint32_t begin = value.begin + static_cast<uint32_t>(at);
  return source::Range{begin, begin + static_cast<uint32_t>(needle.size())};
}

// Whether the Cellar directory came from another toolchain variable that this statement reads
// (`export PATH=$GOROOT/bin:$PATH`): that variable's own line is the one reported.
bool copied(const lint::Context& ctx, const startup::AssignmentStep& step,
            const std::string& cellar) {
  const syntax::Assignment& a = *step.syntax;
  auto reads = [&](const std::string& name) {
    return a.value.reads(name) || std::any_of(a.elements.begin(), a.elements.end(),
                                              [&](const syntax::Word& w) { return w.reads(name); });
  };
  const std::vector<std::string>& toolchain = ctx.known.toolchain_variables();
  for (const startup::AssignmentStep& earlier : ctx.order.trace.assignments) {
    if (earlier.at.sequence >= step.at.sequence) break;
    if (earlier.name == step.name || earlier.syntax == nullptr || !earlier.after ||
        !ctx.is_user_file(earlier.at.file) ||
        std::find(toolchain.begin(), toolchain.end(), earlier.name) == toolchain.end()) {
      continue;
    }
    if (reads(earlier.name) && earlier.after->value.render().find(cellar) != std::string::npos) {
      return true;
    }
  }
  return false;
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  const std::vector<std::string>& toolchain = ctx.known.toolchain_variables();
  std::set<uint32_t> reported;
  // Each variable's entries next to what each step wrote: a thousand MANPATH prepends must
  // not read MANPATH a thousand times over.
  std::map<std::string, startup::EntryTracker> trackers;
  for (const startup::AssignmentStep& step : ctx.order.trace.assignments) {
    if (step.name != "PATH" &&
        std::find(toolchain.begin(), toolchain.end(), step.name) == toolchain.end()) {
      continue;
    }
    const startup::EntryChanges& changes =
        trackers.try_emplace(step.name, step.name).first->second.advance(step);
    const syntax::Assignment* a = step.syntax;
    if (a == nullptr || !a->has_value || a->is_command_prefix || !step.after) continue;
    if (!ctx.is_user_file(step.at.file)) continue;
    for (const startup::Value& entry : changes.written) {
      // Only what is known: the text up to an unknown part (`$(brew --prefix)/Cellar/…` is
      // known when brew's prefix is).
      std::string known;
      for (const startup::Piece& piece : entry.pieces()) {
        if (!piece.known) break;
        known += piece.text;
      }
      std::optional<CellarDir> dir = cellar_dir(known);
      if (!dir || !written_by(entry, step)) continue;
      if (copied(ctx, step, "/Cellar/" + dir->formula + "/" + dir->version)) continue;
      if (!reported.insert(step.range.begin).second) break;
      const source::SourceFile& file = *step.at.file;
      auto finding =
          out.report(file, step.range,
                     "{} points into the versioned Homebrew directory '{}': it is gone after `brew "
                     "upgrade {}`",
                     step.name, dir->entry, dir->formula);
      finding.note(
          "Homebrew installs each version under Cellar/{0}/<version> and deletes the old one "
          "at upgrade or `brew cleanup`; opt/{0} always links to the current version",
          dir->formula);
      finding.help("use the opt/ link, which follows upgrades: '{}'", dir->opt);
      if (auto range = verbatim(*a, *dir, file.text())) {
        finding.fix(file, *range, "opt/" + dir->formula);
      }
      break;
    }
  }
}

}  // namespace

extern constinit const lint::Rule homebrew_cellar_path{
    .name = "homebrew-cellar-path",
    .severity = Severity::Error,
    .summary = "PATH or a toolchain variable points into a versioned Homebrew Cellar directory",
    .rationale = R"md(Homebrew keeps each installed version of a formula in
`$(brew --prefix)/Cellar/<formula>/<version>` and removes it at `brew upgrade` or
`brew cleanup`. A PATH entry or a toolchain variable (GOROOT, JAVA_HOME …) that names such a
directory works until the next upgrade, then silently points nowhere: `go` is found elsewhere or
not at all, and GOROOT names a missing tree. `$(brew --prefix)/opt/<formula>` is a link that
always follows the current version (`/opt/homebrew/opt/go/libexec`); for Go, setting nothing
and putting `/opt/homebrew/bin` on PATH is simpler still. Ignore it only when pinning one
version on purpose (and then `brew pin` it).)md",
    .bad_example = "export PATH=\"/opt/homebrew/Cellar/go/1.22.3/libexec/bin:$PATH\"\n",
    .good_example = "export PATH=\"/opt/homebrew/opt/go/libexec/bin:$PATH\"\n",
    .example_file = ".zprofile",
    .check = check,
};

}  // namespace rclint::rules
