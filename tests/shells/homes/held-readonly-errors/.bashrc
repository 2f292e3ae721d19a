readonly TMOUT=0 2>/dev/null
TMOUT=600
BASHRC_AFTER_RO=yes
declare -r CONST=1
CONST=2 || true
CONST_AFTER=ok
