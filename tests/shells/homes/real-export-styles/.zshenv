typeset -gx ZSH_TYPESET=yes
export -U PATH
emulate sh -c '. ~/.profile'
