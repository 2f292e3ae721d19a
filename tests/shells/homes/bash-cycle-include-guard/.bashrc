[ -n "$BASHRC_LOADED" ] && return
BASHRC_LOADED=1
. ~/.bash_profile
