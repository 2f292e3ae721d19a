alias grep="grep --color=auto"
HISTSIZE=10000
