# ~/.zshenv
GOPATH=$HOME/go
GOBIN=$GOPATH/bin
path=($GOBIN $path)
export GOPROXY
GOPROXY=https://proxy.golang.org
export GOPATH
