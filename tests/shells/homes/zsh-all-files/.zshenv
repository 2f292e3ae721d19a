# ~/.zshenv: every zsh
export EDITOR=vim
export LANG=C.UTF-8
