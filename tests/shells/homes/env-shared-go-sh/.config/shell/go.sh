# ~/.config/shell/go.sh -- Go setup for bash and zsh
export GOPATH="$HOME/go"
export GOBIN="$GOPATH/bin"
export GOPROXY="https://proxy.golang.org,direct"
export GO111MODULE=on
export PATH="$GOBIN:/usr/local/go/bin:$PATH"
