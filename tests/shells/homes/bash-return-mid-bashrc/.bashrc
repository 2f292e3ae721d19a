# things every shell needs, ssh commands included
. ~/.bash_env_common

# If not running interactively, stop here
[ -z "$PS1" ] && return

. ~/.bash_aliases
