export GOPATH="$HOME/go"
export GOBIN="$GOPATH/bin"
PATH="$PATH:$GOBIN"
