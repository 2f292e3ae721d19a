# ~/.bashrc
[ -r ~/.shrc ] && . ~/.shrc
shopt -s histappend
