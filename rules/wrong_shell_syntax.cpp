// rules/wrong_shell_syntax.cpp: zsh syntax or builtins in a file bash (or sh) reads, and bash
// builtins in a file zsh reads, without a guard on the shell.
#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

using startup::Shell;

// zsh builtins (and functions zsh ships) that bash and dash do not have: "command not found".
constexpr auto kZshOnly = std::to_array<std::string_view>(
    {"setopt",     "unsetopt",   "autoload", "zstyle",  "compdef",    "compinit",
     "bindkey",    "zmodload",   "zle",      "compctl", "zparseopts", "emulate",
     "noglob",     "print",      "whence",   "rehash",  "zcompile",   "add-zsh-hook",
     "promptinit", "unfunction", "vared",    "zformat", "repeat"});

// bash builtins zsh does not have.
constexpr auto kBashOnly = std::to_array<std::string_view>(
    {"shopt", "complete", "compgen", "compopt", "bind", "mapfile", "readarray"});

// zsh's bashcompinit defines these as functions.
constexpr auto kBashcompinit = std::to_array<std::string_view>({"complete", "compgen"});

template <size_t N>
bool listed(const std::array<std::string_view, N>& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

bool has_errors(const syntax::ParsedFile& parsed) {
  return std::any_of(parsed.errors.begin(), parsed.errors.end(),
                     [](const syntax::SyntaxError& e) { return !e.analysis_limit; });
}

// tree-sitter's error node may start statements earlier than the zsh construct: narrow it to
// the first line of the range holding a zsh form (`${(`, a glob qualifier `*.sh(N)`, `=(…)`).
size_t glob_qualifier(std::string_view text) {
  for (size_t i = 1; i < text.size(); ++i) {
    if (text[i] != '(' || std::isspace(static_cast<unsigned char>(text[i - 1]))) continue;
    size_t word = text.find_last_of(" \t\n;|&", i);
    std::string_view before = text.substr(word == std::string_view::npos ? 0 : word + 1);
    before = before.substr(0, before.find('('));
    if (before.find_first_of("*?") != std::string_view::npos) return i;
  }
  return std::string_view::npos;
}

source::Range narrowed(std::string_view text, source::Range range) {
  std::string_view inside = text.substr(range.begin, range.end - range.begin);
  size_t first = glob_qualifier(inside);
  for (std::string_view form : {"${(", " =("}) first = std::min(first, inside.find(form));
  if (first == std::string_view::npos) return range;
  size_t begin = inside.rfind('\n', first);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  size_t end = inside.find('\n', first);
  if (end == std::string_view::npos) end = inside.size();
  return {range.begin + static_cast<uint32_t>(begin), range.begin + static_cast<uint32_t>(end)};
}

// A file bash or sh cannot parse but zsh can: zsh syntax (`*(N)`, `${(s.:.)X}`, `{ … }` bodies
// without `;`). parse-error leaves these to this rule.
void check_parse(const lint::Context& ctx, lint::Reporter& out) {
  std::set<const source::SourceFile*> seen;
  for (const startup::LoadedFile& loaded : ctx.order.files) {
    if (loaded.parsed == nullptr || !ctx.is_user_file(loaded.file)) continue;
    if (!seen.insert(loaded.file).second || !has_errors(*loaded.parsed)) continue;
    if (has_errors(ctx.model.parsed(*loaded.file, syntax::Dialect::Zsh))) continue;
    for (const syntax::SyntaxError& error : loaded.parsed->errors) {
      if (error.analysis_limit) continue;
      source::Range where = narrowed(loaded.file->text(), error.range);
      out.report(*loaded.file, where, "zsh-only syntax in a file bash or sh reads")
          .note("{} reads {} and fails: {}", startup::to_string(ctx.context().shell),
                loaded.file->shell_name(), error.message)
          .help(
              "keep zsh syntax in zsh's files (~/.zshrc, ~/.zshenv), or write this line in "
              "POSIX sh");
      break;  // the first error stops the shell; the rest follow from it
    }
  }
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  Shell shell = ctx.context().shell;
  if (shell != Shell::Zsh) check_parse(ctx, out);
  bool bashcompinit = false;
  std::set<std::string, std::less<>> functions;  // `print() { … }` in bash is the user's own
  for (const startup::RanStatement& ran : ctx.order.trace.statements) {
    const auto* command = std::get_if<syntax::Command>(&ran.statement->node);
    const auto* a = std::get_if<syntax::Assignment>(&ran.statement->node);
    if (const auto* f = std::get_if<syntax::Function>(&ran.statement->node)) {
      functions.insert(f->name);
    }
    if (command != nullptr && command->name() == "bashcompinit") bashcompinit = true;
    if (command != nullptr && functions.contains(command->name())) continue;
    // Behind an undecided test (`command -v shopt >/dev/null && …`): maybe a guard.
    if (ran.at.conditional || !ran.at.modelled.empty() || !ctx.is_user_file(ran.at.file)) continue;
    if (shell == Shell::Zsh) {
      std::string bash_thing;
      if (command != nullptr && listed(kBashOnly, command->name())) {
        if (bashcompinit && listed(kBashcompinit, command->name())) continue;
        bash_thing = std::string(command->name());
      } else if (a != nullptr && a->builtin == "export" &&
                 a->flags_on.find('f') != std::string::npos) {
        bash_thing = "export -f";  // zsh: "export: invalid option(s)"
      }
      if (bash_thing.empty()) continue;
      out.report(*ran.at.file, ran.statement->range, "'{}' is bash-only: zsh does not have it",
                 bash_thing)
          .note("zsh runs this line and fails")
          .help("guard it with `[ -n \"$BASH_VERSION\" ] && …`, or move it to ~/.bashrc");
      continue;
    }
    std::string zsh_thing;
    if (command != nullptr && listed(kZshOnly, command->name())) {
      zsh_thing = std::string(command->name());
    } else if (a != nullptr && a->builtin == "typeset" &&
               a->flags_on.find('U') != std::string::npos) {
      zsh_thing = "typeset -U";  // bash: "typeset: -U: invalid option"
    }
    if (zsh_thing.empty()) continue;
    out.report(*ran.at.file, ran.statement->range, "'{}' is zsh-only: bash and sh do not have it",
               zsh_thing)
        .note("{} runs this line and fails", startup::to_string(shell))
        .help("guard it with `[ -n \"$ZSH_VERSION\" ] && …`, or move it to ~/.zshrc");
  }
}

}  // namespace

extern constinit const lint::Rule wrong_shell_syntax{
    .name = "wrong-shell-syntax",
    .severity = Severity::Error,
    .summary = "zsh syntax in a file bash reads, or bash builtins in a file zsh reads",
    .rationale = R"md(A file read by more than one shell (~/.profile, or a file sourced by both
~/.bashrc and ~/.zshrc) must be written in what they share. bash and dash do not know zsh's
builtins (`setopt`, `autoload`, `zstyle`, `bindkey`, `compdef`, `typeset -U`, `print`) and
cannot parse its syntax (glob qualifiers `*(N)`, `${(s.:.)X}`): a parse error skips the rest of
the file. zsh has no `shopt`, `complete` (before `bashcompinit`), `bind`, `compgen` or
`mapfile`. Lines behind a test on the shell (`[ -n "$ZSH_VERSION" ]`, `[ -n "$BASH_VERSION" ]`)
are fine: rclint decides them per shell. Ignore it when the line is meant to fail harmlessly in
the other shell.)md",
    .bad_example = "setopt extended_glob\n",
    .good_example = "[ -n \"$ZSH_VERSION\" ] && setopt extended_glob\n",
    .example_file = ".profile",
    .check = check,
};

}  // namespace rclint::rules
