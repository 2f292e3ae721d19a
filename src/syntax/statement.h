#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "source/source_file.h"

namespace rclint::syntax {

using source::Range;

/// One piece of a shell word, after the shell's quoting is understood.
enum class PartKind {
  Literal,       // text as the shell sees it (quotes removed, escapes resolved)
  Tilde,         // `~` or `~user` at a place where the shell expands it; `text` = user
  Parameter,     // $NAME, ${NAME…}; `text` = NAME (or "?" when it cannot be named)
  CommandSubst,  // $(…) or `…`; `text` = the command inside
  Arithmetic,    // $((…))
  ProcessSubst,  // <(…), >(…), zsh =(…)
  Glob,          // unquoted *, ?, [...] or a zsh glob qualifier; `text` = the pattern piece
};

struct WordPart {
  PartKind kind = PartKind::Literal;
  std::string text;
  bool quoted = false;  // inside "…" or '…' (a quoted ~ stays literal, a quoted * is no glob)
  Range range;
  // Parameter expansions only:
  std::string op;                  // "", ":-", "-", ":+", "+", ":=", "=", ":?", "?", "#", "##",
                                   // "%", "%%", "/", "//", "length", "nested" (zsh
                                   // ${${…}:h}: the inner expansion is `argument`), "other"
  std::vector<WordPart> argument;  // the word after `op` (`${X:-~/go}` → Tilde, Literal "/go")
  std::string zsh_modifiers;       // ":A:h" in ${0:A:h}
  std::string zsh_flags;           // "s.:." in ${(s.:.)PATH}; "=" for ${=var}, "^" for $^path
  std::string subscript;           // "1" in ${path[1]}, "(I)/x" in ${path[(I)/x]}
};

/// A shell word: a command name, an argument, an assignment's value.
struct Word {
  Range range;
  std::string_view raw;  // the source text
  std::vector<WordPart> parts;

  /// True when the word has a single value known without expansion (only Literal parts).
  bool is_literal() const;
  /// The concatenated Literal text (meaningful when is_literal()).
  std::string literal() const;
  /// Does any part (or a parameter's argument) expand $name?
  bool reads(std::string_view name) const;
  /// The source text without one pair of outer quotes ("x" or 'x' → x): how a message shows
  /// a value rclint cannot compute.
  std::string_view without_outer_quotes() const;
};

struct Statement;
using Block = std::vector<Statement>;

/// NAME=value, NAME+=value, NAME=(a b), export NAME=…, typeset -xU NAME, export NAME, readonly …
struct Assignment {
  std::string name;
  Range name_range;
  std::string subscript;   // arr[1]=x → "1"
  std::string builtin;     // "" (plain), "export", "typeset", "declare", "local", "readonly",
                           // "integer", "float"
  std::string flags_on;    // `typeset -xU` → "xU"; `export` alone implies nothing here
  std::string flags_off;   // `typeset +x` / `export -n` → "x"
  bool has_value = false;  // `export GOPATH` / `typeset -U path` have none
  bool append = false;     // +=
  bool is_array = false;   // NAME=(…)
  bool is_command_prefix = false;  // `GOFLAGS=-mod=mod go build`: only that command sees it
  Word value;                      // scalar value (when has_value && !is_array)
  std::vector<Word> elements;      // array elements (when is_array)
};

/// A simple command: name and arguments, with what the shell does with its output.
struct Command {
  std::vector<Word> words;         // words[0] is the name
  bool stdout_redirected = false;  // `> file`, `>/dev/null`, `&>` …: nothing reaches the terminal
  std::vector<Assignment> prefix_assignments;  // VAR=x cmd
  std::string_view name() const;               // literal command name, or "" when computed
};

/// `source FILE args…` or `. FILE args…`.
struct Source {
  std::string command;           // "source" or "."
  std::vector<Word> args;        // args[0] is the file
  bool stderr_silenced = false;  // `2>/dev/null`: the file may be missing, and it is fine
};

/// `eval WORDS…`: rclint never runs it, but knows some commands' effects (`brew shellenv`).
struct Eval {
  std::vector<Word> args;
};

/// `unset [-v|-f] NAME…`.
struct Unset {
  bool functions = false;
  std::vector<std::string> names;
};

/// `[ … ]`, `test …` and `[[ … ]]`: the tokens between the brackets, operators included.
struct Test {
  bool double_bracket = false;
  std::vector<Word> tokens;
};

/// if/elif/else, and also `a && b` (then_body = b) and `a || b` (else_body = b).
struct Conditional {
  struct Branch {
    Block condition;
    Block body;
  };
  enum class Form { If, And, Or } form = Form::If;
  std::vector<Branch> branches;
  Block else_body;
  bool has_else = false;
};

struct Case {
  struct Item {
    std::vector<Word> patterns;
    Block body;
  };
  Word subject;
  std::vector<Item> items;
};

struct Loop {
  enum class Kind { For, While, Until, Select, Arithmetic } kind = Loop::Kind::For;
  std::string variable;     // for/select
  bool has_in = false;      // `for x in …` (false: iterates "$@")
  std::vector<Word> items;  // for/select
  Block condition;          // while/until
  Block body;
};

struct Function {
  std::string name;  // "" for a zsh anonymous function `() { … }`, which runs at once
  Block body;
};

/// `{ …; }` or `( … )`; a subshell's assignments do not reach the parent.
struct Group {
  bool subshell = false;
  bool stdout_redirected = false;  // `{ …; } >/dev/null`, or any redirected compound command
  Block body;
};

/// a | b | c. In bash every stage runs in a subshell; in zsh the last one runs in the shell.
struct Pipeline {
  Block stages;
  bool negated = false;
};

/// `return` / `exit` with their optional status word.
struct Return {
  bool exit = false;
  std::vector<Word> args;
};

struct Statement {
  Range range;
  std::variant<Assignment, Command, Source, Eval, Unset, Test, Conditional, Case, Loop, Function,
               Group, Pipeline, Return>
      node;
};

}  // namespace rclint::syntax
