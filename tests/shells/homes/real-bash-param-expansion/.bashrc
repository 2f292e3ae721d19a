# ~/.bashrc
[[ $- != *i* ]] && return

# host & user helpers
SHORT_HOST=${HOSTNAME%%.*}
ME=${USER:-$(id -un)}
INITIAL=${ME:0:1}
INITIAL_UP=${INITIAL^^}
USER_LEN=${#ME}

# paths
export GOPATH=$HOME/go
GOPATH_BIN=${GOPATH%/}/bin
PATH_WORDS=${PATH//:/ }
FIRST_PATH=${PATH%%:*}
LAST_PATH=${PATH##*:}
HOME_BASE=${HOME##*/}
HOME_PARENT=${HOME%/*}
PATH=${PATH/\/usr\/games/}
PATH=${PATH%:}
export PATH="$GOPATH_BIN:$PATH"

# defaults
export EDITOR=${EDITOR:-vim}
: ${PAGER:=less}
export PAGER
export LESS=${LESS:+$LESS }-R
TERM_KIND=${TERM:-unknown}
PROJECTS=${PROJECTS-$HOME/src}
