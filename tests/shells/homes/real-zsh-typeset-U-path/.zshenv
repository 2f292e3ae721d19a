# ~/.zshenv
typeset -U path fpath manpath
export GOPATH=$HOME/go
