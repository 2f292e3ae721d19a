# POSIX login profile with ENV for interactive sh
ENV=${XDG_CONFIG_HOME:-$HOME/.config}/sh/shrc
export ENV
export EDITOR=vi
umask 022
set -o vi 2>/dev/null
PS1='$ '
if [ "${0#-}" != "$0" ]; then
    LOGIN_BY_ZERO=yes
else
    LOGIN_BY_ZERO=no
fi
ZERO=$0
