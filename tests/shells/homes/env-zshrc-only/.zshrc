# ~/.zshrc
export GOPATH=$HOME/go
export GOBIN=$GOPATH/bin
export GO111MODULE=on
export GOPROXY=https://proxy.golang.org,direct
path=($GOBIN /usr/local/go/bin $path)

autoload -Uz vcs_info
precmd() { vcs_info }
setopt prompt_subst
PROMPT='%~ ${vcs_info_msg_0_}%# '
