# ~/.zshenv
ZDOTDIR=$HOME/.config/zsh
export XDG_CONFIG_HOME=$HOME/.config
