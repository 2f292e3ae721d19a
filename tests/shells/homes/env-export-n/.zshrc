# ~/.zshrc
export GOPATH=$HOME/go
export GOCACHE=$HOME/.cache/go
typeset +x GOCACHE
typeset +x GOFLAGS
