# ~/.zshenv
source "${XDG_CONFIG_HOME:-$HOME/.config}/shell/env"
