export VISUAL=vim
export EDITOR=$VISUAL
MID_ORDER="${PRE_ORDER}-mid"
