# ~/.profile
GOPATH=$HOME/go
GOBIN=$GOPATH/bin
PATH="$GOBIN:$PATH"

export GOPROXY
GOPROXY=https://proxy.golang.org
export GOPATH
