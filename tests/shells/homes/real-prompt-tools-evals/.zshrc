# ~/.zshrc
export PATH="$HOME/.local/bin:$PATH"
eval "$(starship init zsh)"
eval "$(zoxide init zsh)"
command -v direnv >/dev/null && eval "$(direnv hook zsh)"
if (( $+commands[mise] )); then
  eval "$(mise activate zsh)"
fi
(( $+commands[thefuck] )) && eval $(thefuck --alias)
export STARSHIP_CONFIG="$HOME/.config/starship.toml"
export _ZO_DATA_DIR="$HOME/.local/share/zoxide"
export GOPATH="$HOME/go"
