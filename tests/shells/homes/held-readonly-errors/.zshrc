typeset -r ZCONST=1
ZCONST=2
ZAFTER=reached
readonly -x ZRO_EXPORT=yes
