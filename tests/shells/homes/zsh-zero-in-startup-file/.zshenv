export ZDOTDIR=~/.config/zsh
