#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "source/file_system.h"
#include "syntax/dialect.h"
#include "syntax/statement.h"

namespace rclint::startup {

/// The variables the startup model can know without running anything: literal values
/// assigned along the way. A name that is absent is unset; a name mapped to nullopt is set
/// to something rclint cannot know (a command substitution, a parameter it cannot follow).
/// The environment simulation (simulation/) tracks far more; this is only what decides
/// which files are read.
class StaticEnv {
 public:
  void set(const std::string& name, std::optional<std::string> value) {
    vars_[name] = std::move(value);
    arrays_.erase(name);
  }
  /// An array with known elements (zsh `plugins=(git fzf)`, bash `a=(x y)`).
  void set_array(const std::string& name, std::vector<std::string> elements);
  /// The elements of an array set with set_array, or nullptr.
  const std::vector<std::string>* array(const std::string& name) const;
  void unset(const std::string& name) {
    vars_.erase(name);
    arrays_.erase(name);
  }
  friend bool operator==(const StaticEnv&, const StaticEnv&) = default;
  bool is_set(const std::string& name) const { return vars_.contains(name); }
  /// nullopt: unset or unknown (see is_set).
  std::optional<std::string> get(const std::string& name) const;
  bool is_known(const std::string& name) const;

 private:
  std::map<std::string, std::optional<std::string>> vars_;
  std::map<std::string, std::vector<std::string>> arrays_;
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
};

/// Evaluates a word as the shell would, where every part is known; `expand_globs` expands
/// unquoted glob characters against `scope.fs` (sorted, as the shells do; no match leaves
/// the pattern, except with zsh's (N) qualifier, which gives nothing).
WordValue evaluate(const syntax::Word& word, const EvalScope& scope, bool expand_globs);

/// Parts only (no glob expansion): one string, or nullopt if any part is unknown.
std::optional<std::string> evaluate_parts(const std::vector<syntax::WordPart>& parts,
                                          const EvalScope& scope, std::string* why_unknown);

/// Matches `text` against a shell glob pattern (*, ?, [...]); used for globs and `case`.
bool glob_match(std::string_view pattern, std::string_view text);

}  // namespace rclint::startup
