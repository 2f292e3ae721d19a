# ~/.zshrc
bindkey -v
export KEYTIMEOUT=1
setopt autocd extendedglob
export EDITOR=vim VISUAL=vim
export PAGER=less
