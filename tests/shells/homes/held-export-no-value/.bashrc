export HISTIGNORE="ls:bg:fg:history"
HISTCONTROL=ignoredups
export HISTCONTROL
declare -x DECLARED_X=1
declare -r DECLARED_R=ro
typeset -x TYPESET_X=yes
export -p >/dev/null
