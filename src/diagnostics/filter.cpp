#include "diagnostics/filter.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>

#include "base/text.h"
#include "diagnostics/suppression.h"
#include "startup/context.h"

namespace rclint::diagnostics {
namespace {

// One glob piece. `**/` is its own kind because it may also match nothing: `a/**/b` ⊇ `a/b`.
struct Token {
  enum class Kind { Literal, One, Star, AnyDepth, Dirs, Class } kind = Kind::Literal;
  char c = 0;
  std::string set;  // Class: the members, ranges expanded
  bool negated = false;
};

// Parses `[…]` at `at` (pointing at `[`); returns false, leaving `at`, when it has no `]`.
bool parse_class(std::string_view glob, size_t& at, Token& token) {
  size_t i = at + 1;
  token.kind = Token::Kind::Class;
  if (i < glob.size() && (glob[i] == '!' || glob[i] == '^')) {
    token.negated = true;
    ++i;
  }
  size_t first = i;
  for (; i < glob.size() && (glob[i] != ']' || i == first); ++i) {
    if (i + 2 < glob.size() && glob[i + 1] == '-' && glob[i + 2] != ']') {
      for (int c = static_cast<unsigned char>(glob[i]);
           c <= static_cast<unsigned char>(glob[i + 2]); ++c) {
        token.set.push_back(static_cast<char>(c));
      }
      i += 2;
    } else {
      token.set.push_back(glob[i]);
    }
  }
  if (i >= glob.size()) return false;
  at = i;
  return true;
}

std::vector<Token> tokenize(std::string_view glob) {
  std::vector<Token> tokens;
  for (size_t i = 0; i < glob.size(); ++i) {
    Token token;
    if (glob.substr(i, 2) == "**") {
      bool segment_start = i == 0 || glob[i - 1] == '/';
      bool dirs = segment_start && i + 2 < glob.size() && glob[i + 2] == '/';
      token.kind = dirs ? Token::Kind::Dirs : Token::Kind::AnyDepth;
      i += dirs ? 2 : 1;
    } else if (glob[i] == '*') {
      token.kind = Token::Kind::Star;
    } else if (glob[i] == '?') {
      token.kind = Token::Kind::One;
    } else if (glob[i] != '[' || !parse_class(glob, i, token)) {
      token = Token{};
      token.c = glob[i];
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

// Memoized match of tokens[t…] against path[p…]: O(tokens × path²) at worst, for paths and
// globs of a few dozen characters, without the exponential backtracking of a naive fnmatch.
class Matcher {
 public:
  Matcher(std::vector<Token> tokens, std::string_view path)
      : tokens_(std::move(tokens)),
        path_(path),
        memo_((tokens_.size() + 1) * (path.size() + 1), -1) {}

  bool match(size_t t, size_t p) {
    signed char& memo = memo_[t * (path_.size() + 1) + p];
    if (memo < 0) memo = compute(t, p) ? 1 : 0;
    return memo == 1;
  }

 private:
  bool compute(size_t t, size_t p) {
    if (t == tokens_.size()) return p == path_.size();
    const Token& token = tokens_[t];
    bool more = p < path_.size();
    switch (token.kind) {
      case Token::Kind::Literal:
        return more && path_[p] == token.c && match(t + 1, p + 1);
      case Token::Kind::One:
        return more && path_[p] != '/' && match(t + 1, p + 1);
      case Token::Kind::Class: {
        bool in = more && token.set.find(path_[p]) != std::string::npos;
        return more && path_[p] != '/' && in != token.negated && match(t + 1, p + 1);
      }
      case Token::Kind::Star:
        return match(t + 1, p) || (more && path_[p] != '/' && match(t, p + 1));
      case Token::Kind::AnyDepth:
        return match(t + 1, p) || (more && match(t, p + 1));
      case Token::Kind::Dirs:  // nothing, or anything that ends with a '/'
        if (match(t + 1, p)) return true;
        for (size_t q = p; q < path_.size(); ++q) {
          if (path_[q] == '/' && match(t + 1, q + 1)) return true;
        }
        return false;
    }
    return false;
  }

  std::vector<Token> tokens_;
  std::string_view path_;
  std::vector<signed char> memo_;
};

bool names(const std::vector<std::string>& list, std::string_view rule) {
  return std::any_of(list.begin(), list.end(),
                     [&](const std::string& name) { return name == rule || name == "all"; });
}

bool names_exactly(const std::vector<std::string>& list, std::string_view rule) {
  return std::find(list.begin(), list.end(), rule) != list.end();
}

// select/ignore from the command line and the config, and [per-file-ignores].
bool is_wanted(const Diagnostic& d, const FilterOptions& options) {
  const RuleSettings* config = options.config;
  if (!options.select.empty()) {
    if (!names(options.select, d.rule)) return false;
  } else if (config != nullptr && config->select && !names(*config->select, d.rule)) {
    return false;
  }
  if (names(options.ignore, d.rule)) return false;
  if (config == nullptr) return true;
  if (config->ignore && names(*config->ignore, d.rule) && !names_exactly(options.select, d.rule)) {
    return false;
  }
  for (const auto& [glob, rules] : config->per_file_ignores) {
    if (names(rules, d.rule) && file_matches(glob, d.where.file)) return false;
  }
  return true;
}

// One cause seen in several contexts: the same rule, place, message, help and fix. Notes and
// severity may differ by context ("in zsh:login, ~/.zprofile runs before ~/.zshrc"; an error
// only where /usr/bin is lost): the merged finding keeps every note once and the worst severity.
bool same_cause(const Diagnostic& a, const Diagnostic& b) {
  return a.rule == b.rule && a.where == b.where && a.message == b.message && a.help == b.help &&
         a.fix == b.fix;
}

// A note that names its context ("in zsh:login, ~/.zprofile runs first"): the context names
// and the rest; nullopt for other notes.
std::optional<std::pair<std::string, std::string>> split_context_note(const std::string& text) {
  if (!text.starts_with("in ")) return std::nullopt;
  std::optional<std::pair<std::string, std::string>> longest;  // "in a, b and c, rest"
  for (size_t comma = text.find(", "); comma != std::string::npos;
       comma = text.find(", ", comma + 2)) {
    std::string names = text.substr(3, comma - 3);
    std::string listed = names;  // "a, b and c" → "a, b, c"
    if (size_t last_and = listed.rfind(" and "); last_and != std::string::npos) {
      listed.replace(last_and, 5, ", ");
    }
    for (std::string_view name : text::split(listed, ',')) {
      if (!startup::parse_context(text::trim(name), startup::Platform::Debian)) return longest;
    }
    longest = std::pair{names, text.substr(comma + 2)};
  }
  return longest;
}

// Adds a note once; the same note about another context joins the first ("in zsh:login and
// zsh:interactive, …"), so a cause seen in five contexts does not repeat one note five times.
void add_note(std::vector<Note>& notes, Note note) {
  if (std::find(notes.begin(), notes.end(), note) != notes.end()) return;
  if (auto added = split_context_note(note.message)) {
    for (Note& existing : notes) {
      if (existing.where != note.where) continue;
      auto known = split_context_note(existing.message);
      if (!known || known->second != added->second) continue;
      std::string names = known->first;
      if (size_t last_and = names.rfind(" and "); last_and != std::string::npos) {
        names.replace(last_and, 5, ", ");
      }
      existing.message = fmt::format("in {} and {}, {}", names, added->first, added->second);
      return;
    }
  }
  notes.push_back(std::move(note));
}

// Expects `sorted` in report_order, so that equal findings sit in one run of equal keys.
std::vector<Diagnostic> merge_contexts(std::vector<Diagnostic> sorted) {
  std::vector<Diagnostic> merged;
  size_t run_start = 0;  // first finding in `merged` with the current key
  for (Diagnostic& d : sorted) {
    if (!merged.empty() && report_order(merged.back(), d)) run_start = merged.size();
    auto twin = std::find_if(merged.begin() + static_cast<std::ptrdiff_t>(run_start), merged.end(),
                             [&](const Diagnostic& m) { return same_cause(m, d); });
    if (twin == merged.end()) {
      merged.push_back(std::move(d));
      twin = merged.end() - 1;
    } else {
      twin->contexts.insert(twin->contexts.end(), d.contexts.begin(), d.contexts.end());
      twin->severity = std::max(twin->severity, d.severity);
      for (Note& note : d.notes) add_note(twin->notes, std::move(note));
    }
    std::sort(twin->contexts.begin(), twin->contexts.end());
    twin->contexts.erase(std::unique(twin->contexts.begin(), twin->contexts.end()),
                         twin->contexts.end());
  }
  return merged;
}

}  // namespace

bool glob_match(std::string_view glob, std::string_view path) {
  return Matcher(tokenize(glob), path).match(0, 0);
}

bool file_matches(std::string_view glob, std::string_view file) {
  if (glob_match(glob, file)) return true;
  for (size_t slash = file.find('/'); slash != std::string_view::npos;
       slash = file.find('/', slash + 1)) {
    if (glob_match(glob, file.substr(slash + 1))) return true;
  }
  return false;
}

std::vector<Diagnostic> apply(std::vector<Diagnostic> diagnostics, const FilterOptions& options) {
  // 1. Directives of every file read, and of every file with a finding.
  std::map<std::string, Suppressions, std::less<>> suppressions;
  if (options.file_text) {
    std::set<std::string, std::less<>> files(options.files.begin(), options.files.end());
    for (const Diagnostic& d : diagnostics) files.insert(d.where.file);
    for (const std::string& file : files) {
      std::optional<std::string_view> text = options.file_text(file);
      if (!text) continue;
      Suppressions found = find_suppressions(*text, file, options.known_rules);
      for (Diagnostic& problem : found.problems) diagnostics.push_back(std::move(problem));
      found.problems.clear();
      suppressions.emplace(file, std::move(found));
    }
  }
  // 2. and 3.
  std::vector<Diagnostic> kept;
  for (Diagnostic& d : diagnostics) {
    auto file = suppressions.find(d.where.file);
    if (file != suppressions.end() && file->second.suppresses(d.rule, d.where.line)) continue;
    if (!is_wanted(d, options)) continue;
    if (options.config != nullptr) {
      auto custom = options.config->severity.find(d.rule);
      if (custom != options.config->severity.end()) d.severity = custom->second;
    }
    kept.push_back(std::move(d));
  }
  // 4. and 5.
  std::stable_sort(kept.begin(), kept.end(), report_order);
  return merge_contexts(std::move(kept));
}

int exit_code(const std::vector<Diagnostic>& diagnostics, Severity fail_at) {
  bool failing = std::any_of(diagnostics.begin(), diagnostics.end(),
                             [&](const Diagnostic& d) { return d.severity >= fail_at; });
  return failing ? 1 : 0;
}

}  // namespace rclint::diagnostics
