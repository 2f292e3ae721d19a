# ~/.bashrc
export GOPATH="$HOME/go"
export PATH="$GOPATH/bin:$PATH"
[ -z "$PS1" ] && return
export GO111MODULE=on
HISTCONTROL=ignoredups:erasedups
