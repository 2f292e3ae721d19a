[[ "$TERM_PROGRAM" == "vscode" ]] && . "$(code --locate-shell-integration-path zsh)"
if [[ -n $INTELLIJ_ENVIRONMENT_READER ]]; then
  return
fi
export EDITOR=${${TERM_PROGRAM:#vscode}:+vim}
: ${EDITOR:=code}
export PATH="$PATH:$HOME/.local/share/JetBrains/Toolbox/scripts"
