# ~/.zshenv
path=(~/go/bin $path)
export GOPATH=~/go
