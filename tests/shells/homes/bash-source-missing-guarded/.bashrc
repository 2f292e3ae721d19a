[ -f ~/.bash_local ] && . ~/.bash_local
test -r ~/.bash_aliases && . ~/.bash_aliases
