# ~/.zshrc
PATH=~/bin:$PATH
export GOPATH=~/go
GOCACHE=~/.cache/go-build
export GOCACHE
