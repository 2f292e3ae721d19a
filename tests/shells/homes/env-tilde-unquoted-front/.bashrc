# ~/.bashrc
PATH=~/bin:$PATH
export GOPATH=~/go
export GOCACHE=~/.cache/go-build
