# ~/.zshrc
HISTSIZE=$(( 2 ** 14 ))
SAVEHIST=$HISTSIZE
integer WORKERS=8
(( WORKERS *= 2 ))
typeset -i TOTAL=0
for n in 1 2 3 4; do (( TOTAL += n )); done
export TMOUT=$(( 8 * 3600 ))
