// rules/interactive_only_in_zshenv.cpp: interactive-only setup (completion, key bindings,
// prompts, plugin managers) that runs from ~/.zshenv, so every `zsh -c` and script pays for it.
#include <algorithm>
#include <array>
#include <set>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

// Commands that only make sense with a line editor and a terminal.
constexpr auto kInteractiveCommands = std::to_array<std::string_view>(
    {"compinit", "compdef", "bindkey", "zstyle",       "promptinit", "prompt",  "stty", "alias",
     "zle",      "compctl", "antigen", "zplug",        "zinit",      "zi",      "znap", "antidote",
     "zgen",     "zgenom",  "zcomet",  "bashcompinit", "zsh-defer",  "starship"});

// Interactive options: setopt/unsetopt of these changes nothing a script would notice.
constexpr auto kInteractiveOptions = std::to_array<std::string_view>({"correct",
                                                                      "correctall",
                                                                      "sharehistory",
                                                                      "appendhistory",
                                                                      "incappendhistory",
                                                                      "extendedhistory",
                                                                      "histignoredups",
                                                                      "histignorealldups",
                                                                      "histignorespace",
                                                                      "histreduceblanks",
                                                                      "histverify",
                                                                      "histsavenodups",
                                                                      "histfindnodups",
                                                                      "histexpiredupsfirst",
                                                                      "autocd",
                                                                      "autopushd",
                                                                      "promptsubst",
                                                                      "promptpercent",
                                                                      "interactivecomments",
                                                                      "alwaystoend",
                                                                      "completeinword",
                                                                      "menucomplete",
                                                                      "automenu",
                                                                      "autolist",
                                                                      "listpacked",
                                                                      "beep",
                                                                      "nobeep",
                                                                      "ignoreeof",
                                                                      "vi",
                                                                      "emacs"});

// Prompt variables: only the line editor shows them.
constexpr auto kPromptVariables = std::to_array<std::string_view>(
    {"PROMPT", "PS1", "RPROMPT", "RPS1", "PROMPT2", "PS2", "RPROMPT2", "RPS2"});

// Files whose sourcing sets up an interactive shell: frameworks, plugin managers, themes.
constexpr auto kInteractiveScripts = std::to_array<std::string_view>(
    {"oh-my-zsh.sh", "antigen.zsh", "zplug/init.zsh", "zinit.zsh", "antidote.zsh", "znap.zsh",
     "zsh-syntax-highlighting", "zsh-autosuggestions", "powerlevel10k", ".p10k.zsh",
     "prezto/init.zsh"});

template <size_t N>
bool listed(const std::array<std::string_view, N>& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

// zsh ignores case and underscores in option names; `no` negates (`setopt no_beep`).
std::string option_name(std::string_view raw) {
  std::string name;
  for (char c : raw) {
    if (c != '_') name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return name;
}

bool is_zshenv(const source::SourceFile* file) {
  if (file == nullptr) return false;
  std::string_view path = file->path();
  return path.ends_with("/.zshenv");
}

// What interactive-only thing this statement does, or "".
std::string what(const syntax::Statement& statement) {
  if (const auto* command = std::get_if<syntax::Command>(&statement.node)) {
    std::string_view name = command->name();
    if (name == "setopt" || name == "unsetopt") {
      for (size_t i = 1; i < command->words.size(); ++i) {
        std::string option = option_name(command->words[i].literal());
        std::string plain = option.starts_with("no") ? option.substr(2) : option;
        if (listed(kInteractiveOptions, option) || listed(kInteractiveOptions, plain)) {
          return fmt::format("{} {}", name, command->words[i].raw);
        }
      }
      return "";
    }
    if (name == "autoload") {
      for (size_t i = 1; i < command->words.size(); ++i) {
        std::string arg = command->words[i].literal();
        if (arg == "compinit" || arg == "promptinit" || arg == "bashcompinit") {
          return fmt::format("autoload {}", arg);
        }
      }
      return "";
    }
    if (listed(kInteractiveCommands, name)) return std::string(name);
    return "";
  }
  if (const auto* a = std::get_if<syntax::Assignment>(&statement.node)) {
    if (a->has_value && listed(kPromptVariables, a->name)) return a->name;
    return "";
  }
  if (const auto* source = std::get_if<syntax::Source>(&statement.node)) {
    if (source->args.empty()) return "";
    std::string_view file = source->args[0].raw;
    for (std::string_view script : kInteractiveScripts) {
      if (file.find(script) != std::string_view::npos) return fmt::format("source {}", file);
    }
    return "";
  }
  if (const auto* eval = std::get_if<syntax::Eval>(&statement.node)) {
    for (const syntax::Word& word : eval->args) {
      for (std::string_view init : {"starship init", "oh-my-posh init", "sheldon source"}) {
        if (word.raw.find(init) != std::string_view::npos) return std::string(init);
      }
    }
  }
  return "";
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  const startup::Context& c = ctx.context();
  if (c.shell != startup::Shell::Zsh || c.is_interactive()) return;
  // One finding per line: `autoload -Uz compinit && compinit` is one piece of setup.
  std::set<std::pair<const source::SourceFile*, size_t>> lines;
  for (const startup::RanStatement& ran : ctx.order.trace.statements) {
    // Behind an undecided test (`[ -t 0 ] && stty -ixon`): maybe a terminal guard.
    if (ran.at.conditional || !ran.at.modelled.empty() || !ctx.is_user_file(ran.at.file)) continue;
    if (!is_zshenv(ran.at.top) || !ctx.is_user_file(ran.at.top)) continue;
    std::string found = what(*ran.statement);
    if (found.empty()) continue;
    std::string_view text = ran.at.file->text().substr(0, ran.statement->range.begin);
    size_t line_start = text.rfind('\n');
    if (!lines.insert({ran.at.file, line_start}).second) continue;
    auto finding =
        out.report(*ran.at.file, ran.statement->range,
                   "interactive-only setup '{}' runs for every zsh, scripts included", found);
    if (ran.at.file != ran.at.top) {
      finding.note("{} is sourced from {}", ran.at.file->shell_name(), ran.at.top->shell_name());
    }
    finding.note(
        "zsh reads {} in every shell, `zsh -c` and scripts included, where there is no "
        "line editor or terminal",
        ran.at.top->shell_name());
    finding.help("move it to ~/.zshrc, or guard it with `if [[ -o interactive ]]; then … fi`");
  }
}

}  // namespace

extern constinit const lint::Rule interactive_only_in_zshenv{
    .name = "interactive-only-in-zshenv",
    .severity = Severity::Warning,
    .summary = "interactive-only setup in ~/.zshenv, which every zsh reads",
    .rationale = R"md(zsh reads ~/.zshenv first in every shell: `zsh -c`, scripts, cron jobs,
editors' and IDEs' commands, `ssh host cmd`. Completion (`compinit`, `compdef`), key bindings
(`bindkey`), `zstyle`, prompts (`PROMPT`, `promptinit`, starship), `stty`, aliases,
interactive options (`setopt correct share_history …`) and plugin managers (oh-my-zsh, zinit,
antigen …) only matter to a shell with a line editor. In ~/.zshenv they slow every script,
`stty` fails with "not a tty", and aliases or options change how scripts behave. They belong in
~/.zshrc. Statements guarded by `[[ -o interactive ]]` are fine. Ignore it when the setup is
deliberately wanted in scripts (aliases used by `zsh -ic`, say).)md",
    .bad_example = "autoload -Uz compinit && compinit\n",
    .good_example = "export EDITOR=vim\n",
    .example_file = ".zshenv",
    .check = check,
};

}  // namespace rclint::rules
