# ~/.zshenv
typeset -U path PATH
path=(~/go/bin /usr/bin $path ~/go/bin)
