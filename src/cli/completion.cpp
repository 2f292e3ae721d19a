#include "cli/completion.h"

#include <fmt/format.h>

#include "base/text.h"
#include "cli/args.h"
#include "registry.h"
#include "startup/context.h"

namespace rclint::cli {

namespace {

std::string lowercase(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string rule_words() {
  std::string words;
  for (const lint::Rule* rule : rules::all()) words += fmt::format("{} ", rule->name);
  if (!words.empty()) words.pop_back();
  return words;
}

std::string context_words() {
  std::string words;
  for (std::string_view name : startup::context_names()) words += fmt::format("{} ", name);
  if (!words.empty()) words.pop_back();
  return words;
}

// The options whose value is of `kind`, as a bash case pattern ("--home|--root").
std::string options_taking(OptionValue kind) {
  std::string pattern;
  for (const OptionSpec& option : option_specs()) {
    if (option.value != kind) continue;
    pattern += pattern.empty() ? "" : "|";
    pattern += option.name;
  }
  return pattern;
}

std::string bash_script() {
  std::string all_options;
  std::string choices;
  std::string valued;  // the options followed by a value, as a case pattern
  for (const OptionSpec& option : option_specs()) {
    all_options += fmt::format("{} ", option.name);
    if (option.value != OptionValue::None)
      valued += fmt::format("{}{}", valued.empty() ? "" : "|", option.name);
    if (option.value == OptionValue::Choice) {
      choices += fmt::format("    {}) words=\"{}\" ;;\n", option.name, option.choices);
    }
  }
  std::string commands;
  for (const CommandSpec& command : command_specs()) commands += fmt::format("{} ", command.name);
  return fmt::format(
      R"(# bash completion for rclint (written by `rclint completion bash`)

_rclint() {{
  # Words as the user sees them: bash's own COMP_WORDS are also split at '=' and ':'
  # (COMP_WORDBREAKS), which would cut `--home=DIR` and `zsh:login` in two.
  local line=${{COMP_LINE:0:COMP_POINT}} cur prev= word command= skip=
  local -a parts
  read -ra parts <<< "$line"
  [[ -z $line || $line == *[[:space:]] ]] && parts+=("")
  cur=${{parts[${{#parts[@]}}-1]}}
  (( ${{#parts[@]}} > 1 )) && prev=${{parts[${{#parts[@]}}-2]}}
  if [[ $cur == -*=* ]]; then
    prev=${{cur%%=*}}
    cur=${{cur#*=}}
  fi
  # The command is the first word that is neither an option nor an option's value.
  for word in "${{parts[@]:1:${{#parts[@]}}-2}}"; do
    if [[ -n $skip ]]; then
      skip=
    else
      case $word in
        {valued}) skip=1 ;;
        -*) ;;
        *) command=${{command:-$word}} ;;
      esac
    fi
  done
  local rules="{rules}"
  local contexts="{contexts}"
  local words=
  case $prev in
    {directories}) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    {files}) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    {texts}) COMPREPLY=(); return ;;
    {rule_options}) words=$rules ;;
    {context_options}) words=$contexts ;;
{choices}  esac
  if [[ -n $words ]]; then
    # A comma-separated list: complete its last element.
    local done_part=
    [[ $cur == *,* ]] && done_part=${{cur%,*}},
    COMPREPLY=($(compgen -P "$done_part" -W "$words" -- "${{cur##*,}}"))
    # bash replaces only what follows the last ':' of a context name: drop what precedes it.
    if [[ $cur == *:* && $COMP_WORDBREAKS == *:* ]]; then
      local colon_part=${{cur%"${{cur##*:}}"}}
      COMPREPLY=("${{COMPREPLY[@]#"$colon_part"}}")
    fi
    compopt -o nospace 2>/dev/null
    return
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "{options}" -- "$cur"))
  elif [[ -z $command ]]; then
    COMPREPLY=($(compgen -W "{commands}" -- "$cur") $(compgen -f -- "$cur"))
  elif [[ $command == explain ]]; then
    COMPREPLY=($(compgen -W "$rules" -- "$cur"))
  elif [[ $command == completion ]]; then
    COMPREPLY=($(compgen -W "bash zsh" -- "$cur"))
  elif [[ $command != env && $command != order && $command != rules && $command != lsp ]]; then
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}}
complete -o filenames -F _rclint rclint
)",
      fmt::arg("rules", rule_words()), fmt::arg("contexts", context_words()),
      fmt::arg("valued", valued), fmt::arg("directories", options_taking(OptionValue::Directory)),
      fmt::arg("files", options_taking(OptionValue::File)),
      fmt::arg("texts", options_taking(OptionValue::Text)),
      fmt::arg("rule_options", options_taking(OptionValue::Rules)),
      fmt::arg("context_options", options_taking(OptionValue::Contexts)),
      fmt::arg("choices", choices), fmt::arg("options", text::trim(all_options)),
      fmt::arg("commands", text::trim(commands)));
}

// Text inside a zsh _arguments description ('[...]') or a single-quoted word.
std::string zsh_quoted(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else if (c == '[' || c == ']' || c == ':' || c == '\\') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

std::string zsh_option(const OptionSpec& option) {
  std::string_view first_line = option.help.substr(0, option.help.find('\n'));
  std::string description = zsh_quoted(first_line);
  std::string action;
  switch (option.value) {
    case OptionValue::None:
      break;
    case OptionValue::Directory:
      action = fmt::format(":{}:_files -/", lowercase(option.metavar));
      break;
    case OptionValue::File:
      action = ":file:_files";
      break;
    case OptionValue::Choice:
      action = fmt::format(":{}:({})", lowercase(option.metavar), option.choices);
      break;
    case OptionValue::Rules:
      action = ":rules:_sequence compadd -a rules";
      break;
    case OptionValue::Contexts:
      action = ":contexts:_sequence compadd -a contexts";
      break;
    case OptionValue::Text:
      action = ":NAME=VALUE: ";
      break;
  }
  // Repeatable options may come again; the others once. `=` accepts `--home DIR` and
  // `--home=DIR`.
  bool repeatable = option.name == "--context" || option.name == "--env" ||
                    option.name == "--select" || option.name == "--ignore";
  return fmt::format("    '{}{}{}[{}]{}' \\\n", repeatable ? "*" : "", option.name,
                     option.value == OptionValue::None ? "" : "=", description, action);
}

std::string zsh_script() {
  std::string options;
  for (const OptionSpec& option : option_specs()) options += zsh_option(option);
  std::string commands;
  for (const CommandSpec& command : command_specs()) {
    commands += fmt::format("    '{}:{}'\n", command.name, zsh_quoted(command.summary));
  }
  return fmt::format(
      R"(#compdef rclint
# zsh completion for rclint (written by `rclint completion zsh`)

_rclint() {{
  local curcontext=$curcontext state state_descr line ret=1
  typeset -A opt_args
  local -a rules contexts commands
  rules=({rules})
  contexts=({contexts})
  commands=(
{commands}  )
  _arguments -S -C \
{options}    '*:: :->args' && ret=0
  case $state in
    args)
      if (( CURRENT == 1 )); then
        _describe -t commands 'rclint command' commands && ret=0
        _files && ret=0
      else
        case $line[1] in
          explain) compadd -a rules && ret=0 ;;
          completion) compadd bash zsh && ret=0 ;;
          env|order|rules|lsp) ;;
          *) _files && ret=0 ;;
        esac
      fi
      ;;
  esac
  return ret
}}

_rclint "$@"
)",
      fmt::arg("rules", rule_words()), fmt::arg("contexts", context_words()),
      fmt::arg("commands", commands), fmt::arg("options", options));
}

}  // namespace

Result<std::string> completion_script(std::string_view shell) {
  if (shell == "bash") return bash_script();
  if (shell == "zsh") return zsh_script();
  return Error{fmt::format("rclint completion: bash or zsh, not '{}'", shell)};
}

}  // namespace rclint::cli
