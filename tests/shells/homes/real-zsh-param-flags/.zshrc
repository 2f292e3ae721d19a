# ~/.zshrc
typeset -U path
path=($HOME/.local/bin $path)

if (( $+commands[go] )); then
  export GOPATH=$HOME/go
  path+=($GOPATH/bin)
fi
(( ${+commands[nvim]} )) && export EDITOR=nvim || export EDITOR=vim

PATH_JOINED=${(j.:.)path}
PATH_COUNT=${#path}
FIRST_ENTRY=${path[1]}
HAS_USR_BIN=${path[(r)/usr/bin]}
GO_IDX=${path[(i)$HOME/go/bin]}
PATH_PARTS=(${(s.:.)PATH})
UPPER_USER=${(U)USER}
HOME_TAIL=${HOME:t}
HOME_HEAD=${HOME:h}
ZDOT=${ZDOTDIR:-$HOME}

if [[ -n ${path[(r)$HOME/go/bin]} ]]; then
  export GOBIN=$HOME/go/bin
fi

[[ -z $TMUX ]] && export TMUX_AUTOSTART=false
