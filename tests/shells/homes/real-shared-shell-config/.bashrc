# ~/.bashrc
[[ $- != *i* ]] && return

[ -f "${XDG_CONFIG_HOME:-$HOME/.config}/shell/aliases" ] && . "${XDG_CONFIG_HOME:-$HOME/.config}/shell/aliases"

PS1='[\u@\h \W]\$ '
