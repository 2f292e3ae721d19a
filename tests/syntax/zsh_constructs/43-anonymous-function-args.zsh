# `() { … } a b`: an anonymous function called with arguments
# statements: 2
() {
  local plugin
  for plugin in "$@"; do
    source ~/.zsh/plugins/$plugin/$plugin.plugin.zsh
  done
} zsh-autosuggestions zsh-syntax-highlighting
export PATH="/opt/marker/bin:$PATH"
