# ~/.zshenv
export EDITOR=vim
