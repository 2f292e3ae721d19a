# ~/.zshrc
export GOPATH="${GOPATH:-$HOME/go}"
export GOPROXY=${GOPROXY:-https://proxy.golang.org,direct}
: ${GOBIN:=$GOPATH/bin}
export GOBIN
export PATH="${GOBIN}:${PATH}"
EDITOR=${EDITOR:-vim}
