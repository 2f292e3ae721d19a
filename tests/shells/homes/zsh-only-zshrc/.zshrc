autoload -Uz compinit
bindkey -e
alias la="ls -A"
