# ~/.zshrc
source "${XDG_CONFIG_HOME:-$HOME/.config}/shell/aliases"
bindkey -e
PROMPT='%n@%m %1~ %# '
