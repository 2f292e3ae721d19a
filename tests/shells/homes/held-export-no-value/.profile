EDITOR=vim
VISUAL
VISUAL=$EDITOR
export EDITOR VISUAL
PAGER=less
LESS=-R
export PAGER
export LESS
MYVAR=
export MYVAR
export EMPTY_EXPORTED
declare_me=1
readonly RO_VAR=fixed
readonly PATH
export PATH
NOT_EXPORTED=plain
export -n NOT_EXPORTED 2>/dev/null
LATE=first
export LATE
LATE=second
if [ -n "$BASH_VERSION" ]; then . ~/.bashrc; fi
