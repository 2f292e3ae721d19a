# ~/.zshrc
source "${XDG_CONFIG_HOME:-$HOME/.config}/shell/go.sh"
