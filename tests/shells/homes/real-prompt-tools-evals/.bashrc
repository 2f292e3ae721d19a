# ~/.bashrc
[[ $- != *i* ]] && return
export PATH="$HOME/.local/bin:$PATH"
eval "$(starship init bash)"
eval "$(zoxide init bash --cmd cd)"
eval "$(direnv hook bash)"
[ -x "$(command -v mise)" ] && eval "$(mise activate bash)"
export STARSHIP_CONFIG=~/.config/starship.toml
