# ~/.profile with bashisms (read by dash for sh:login)
export EDITOR=vim
if [[ -d "$HOME/bin" ]]; then
    PATH="$HOME/bin:$PATH"
    BIN_VIA=dbl
else
    BIN_VIA=else
fi
if [ "$TERM" == "dumb" ]; then
    TERM_DUMB=yes
else
    TERM_DUMB=no
fi
source ~/.profile_extra 2>/dev/null
EXTRA_AFTER=${EXTRA_SET:-no}
NEWLINE=$'\n'
TAB_LEN=${#NEWLINE}
echo -e "" >/dev/null
export AFTER_ANSI=1
FIRST3=${HOME:0:3}
export AFTER_SUBSTR=1
