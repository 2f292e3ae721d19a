. ~/.bash_local
alias after=true
. ~/.bash_aliases
