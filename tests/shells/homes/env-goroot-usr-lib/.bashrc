# ~/.bashrc -- interactive shells only get aliases
[ -z "$PS1" ] && return
alias gg='go get'
export GOSUMDB=sum.golang.org
