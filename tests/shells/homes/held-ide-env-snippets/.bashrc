[[ $- != *i* ]] && return
# VS Code shell integration
[[ "$TERM_PROGRAM" == "vscode" ]] && . "$(code --locate-shell-integration-path bash)"
if [ "$TERMINAL_EMULATOR" = "JetBrains-JediTerm" ]; then
  export IN_JETBRAINS=1
fi
if [ -n "$VSCODE_IPC_HOOK_CLI" ] || [ "$TERM_PROGRAM" = vscode ]; then
  export EDITOR="code --wait"
else
  export EDITOR=vim
fi
export GIT_EDITOR="${EDITOR}"
# Sublime
if command -v subl >/dev/null; then export SUBL=1; fi
# direnv
command -v direnv >/dev/null 2>&1 && eval "$(direnv hook bash)"
EDITOR_FIRST_WORD=${EDITOR%% *}
