#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "source/file_system.h"
#include "startup/context.h"
#include "startup/value.h"
#include "syntax/dialect.h"
#include "syntax/statement.h"

namespace rclint::startup {

class CommandModel;

/// A variable as the simulation knows it: its symbolic value and attributes.
struct Variable {
  Value value;
  bool maybe_unset = false;  // set on some paths through the files, unset on others
  bool exported = false;
  bool readonly = false;
  bool unique = false;       // zsh `typeset -U`: later duplicates are dropped on every assignment
  bool associative = false;  // `typeset -A`: its elements come out in hash order
  char letter_case = 0;      // 'l' or 'u': `declare -l/-u` converts every value
  Origin set_at;             // the last assignment; file null: the starting environment
  friend bool operator==(const Variable&, const Variable&) = default;
};

/// The variables along a walk. A name that is absent is unset. Values are symbolic
/// (value.h): rclint never guesses, it marks what it cannot know.
class StaticEnv {
 public:
  /// Sets a value, keeping the attributes (export, readonly, -U); nullopt: a value rclint
  /// cannot know.
  void set(const std::string& name, std::optional<std::string> value);
  /// Assigns a symbolic value written at `origin`, keeping the attributes.
  void assign(const std::string& name, Value value, const Origin& origin);
  /// An array with known elements (zsh `plugins=(git fzf)`, bash `a=(x y)`).
  void set_array(const std::string& name, std::vector<std::string> elements);
  /// The elements of an array set with set_array, or of a zsh array tied to a scalar
  /// (`path` ↔ PATH) when the scalar is exact; nullopt otherwise.
  std::optional<std::vector<std::string>> array(const std::string& name) const;
  /// Restores a variable saved earlier (a function's `local`), attributes and all.
  void put(const std::string& name, Variable variable) {
    ++revision_;
    vars_[name] = std::move(variable);
  }
  void unset(const std::string& name) {
    ++revision_;
    vars_.erase(name);
    arrays_.erase(name);
    pending_exports_.erase(name);
  }
  /// bash and sh: `export NAME` before NAME is set exports it once it is assigned.
  void export_when_set(const std::string& name) {
    ++revision_;
    pending_exports_.insert(name);
  }
  /// zsh: `lower` is the array view of the colon-separated `upper` (path ↔ PATH).
  void tie(const std::string& lower, const std::string& upper) {
    ++revision_;
    ties_[lower] = upper;
  }
  /// The scalar a tied array stands for ("PATH" for "path"), or "".
  std::string tied_scalar(const std::string& name) const;

  const Variable* find(const std::string& name) const;
  Variable* find(const std::string& name);
  const std::map<std::string, Variable>& variables() const { return vars_; }

  /// Same variables, arrays, ties, pending exports and taint (the revision aside).
  friend bool operator==(const StaticEnv& a, const StaticEnv& b) {
    return a.vars_ == b.vars_ && a.arrays_ == b.arrays_ && a.ties_ == b.ties_ &&
           a.pending_exports_ == b.pending_exports_ && a.taint_ == b.taint_;
  }
  /// Grows with every change (and every mutable lookup, which may be one): equal revisions of
  /// one environment mean nothing changed in between. Cheaper than a copy to compare with,
  /// which a thousand sourced files would make quadratic.
  uint64_t revision() const { return revision_; }
  bool is_set(const std::string& name) const { return vars_.contains(name); }
  /// The text when it is known and surely set; nullopt: unset or unknown (see is_set).
  std::optional<std::string> get(const std::string& name) const;
  /// Unset, or set to an exact value on every path.
  bool is_known(const std::string& name) const;

  /// Unknown code ran (`eval "$(tool)"`, a `source` not followed): a name that is unset here
  /// may have been set by it, so its value is not known either.
  void taint(const std::string& why) {
    ++revision_;
    if (taint_.empty()) taint_ = why;
  }
  const std::string& taint() const { return taint_; }

  /// Joins this walk with another that reached the same point by a different path (an
  /// undecided branch): values that differ become partly unknown (`why`).
  void merge(const StaticEnv& other, const std::string& why);

 private:
  std::map<std::string, Variable> vars_;
  std::map<std::string, std::vector<std::string>> arrays_;
  std::map<std::string, std::string> ties_;
  std::set<std::string> pending_exports_;
  std::string taint_;
  uint64_t revision_ = 0;
};

/// What evaluating a word gives: the possible values (more than one after a glob matched
/// several files), or unknown.
struct WordValue {
  bool known = false;
  std::vector<std::string> values;  // glob results in order; one value otherwise
  std::string why_unknown;          // "$(…) cannot be run", "$FOO is not known here"
  bool no_match = false;            // zsh: a glob without (N) matched nothing: a fatal error
};

struct EvalScope {
  const StaticEnv* env = nullptr;
  syntax::Dialect dialect = syntax::Dialect::Bash;
  std::string home;          // for ~
  std::string current_file;  // for zsh's $0: the file being sourced ("" in a startup file)
  std::string script_file;   // the file being read, sourced or not: zsh's ${(%):-%x}
  const source::FileSystem* fs = nullptr;          // for globs; null: globs are unknown
  bool (*may_glob)(const std::string&) = nullptr;  // directories rclint may list
  Origin origin;                                   // where the word being evaluated stands
  const Context* context = nullptr;                // for known commands; null: none known
  const CommandModel* commands = nullptr;          // what `$(cmd)` prints, where known
  std::string uid;                                 // what `id -u` prints
  std::string assigning;  // the variable being assigned: its own pieces keep their origin
  int substitutions = 0;  // `$(…)` being evaluated around this word: a bound on the nesting
  /// Paths rclint may look up in `fs` (the home always; the root only when it is an input);
  /// null: none.
  bool (*may_stat)(const std::string& path, const void* data) = nullptr;
  const void* may_stat_data = nullptr;
  /// Whether a name is a shell function defined so far (`command -v f` finds it).
  bool (*is_function)(const std::string& name, const void* data) = nullptr;
  bool exported_only = false;  // as a child process sees it: unexported variables are unset
};

/// Evaluates a word as the shell would, where every part is known; `expand_globs` expands
/// unquoted glob characters against `scope.fs` (sorted, as the shells do; no match leaves
/// the pattern, except with zsh's (N) qualifier, which gives nothing).
WordValue evaluate(const syntax::Word& word, const EvalScope& scope, bool expand_globs);

/// Parts only (no glob expansion, no splitting), symbolically: unknown parts are marked.
Value evaluate_value(const std::vector<syntax::WordPart>& parts, const EvalScope& scope,
                     std::string* why = nullptr);

/// Parts only (no glob expansion): one string, or nullopt if any part is unknown.
std::optional<std::string> evaluate_parts(const std::vector<syntax::WordPart>& parts,
                                          const EvalScope& scope, std::string* why_unknown);

/// The words of a simple command given as text (`brew --prefix go`), each evaluated in
/// `scope`; nullopt for pipelines, lists, redirections or a word that is not known.
std::optional<std::vector<std::string>> command_words(const std::string& command,
                                                      const EvalScope& scope);

/// The path with every symlink resolved through `fs` (zsh's :A, `readlink -f`, `realpath`).
std::string resolve_links(const std::string& path, const source::FileSystem* fs);

/// Where a command name leads along the current PATH.
enum class Found {
  Yes,         // an executable file on PATH (or the path named)
  No,          // every PATH entry was looked at: nowhere
  Unknown,     // a PATH entry is not known
  NotChecked,  // rclint may not look there (outside the home without --root or --fs)
};
Found find_command(const std::string& name, const EvalScope& scope);

/// The files on the disk a partly known path may name (`~/.zkbd/${TERM}-${VENDOR}`,
/// `/etc/zshrc_$TERM_PROGRAM`): an unknown part is taken as any text without a '/', and must
/// come after the last '/'; empty when the directory is missing or nothing in it fits.
/// nullopt: the path is exact, or rclint may not look there.
std::optional<std::vector<std::string>> path_candidates(const Value& value, const EvalScope& scope);

/// Matches `text` against a shell glob pattern (*, ?, [...]); used for globs and `case`.
bool glob_match(std::string_view pattern, std::string_view text);

}  // namespace rclint::startup
