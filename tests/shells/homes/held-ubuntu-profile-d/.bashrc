[ -z "$PS1" ] && return
export HISTSIZE=5000
