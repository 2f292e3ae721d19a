# Go toolchain
if [ -d "$HOME/sdk/go1.22.1" ]; then
    export GOROOT="$HOME/sdk/go1.22.1"
fi
export GOPATH="${GOPATH:-$HOME/go}"
export GOBIN="$GOPATH/bin"
export GOPRIVATE="github.com/acme/*,gitlab.acme.internal"
export GONOSUMDB="$GOPRIVATE"
export GONOPROXY=$GOPRIVATE
export GOPROXY="https://proxy.golang.org,direct"
export GOFLAGS="-mod=readonly"
export GO111MODULE=on
export CGO_ENABLED=0
export GOAMD64=v3

PATH="${GOROOT:+$GOROOT/bin:}$GOBIN:${PATH}"
export PATH

if [ -d "$HOME/.local/bin" ] ; then
    PATH="$HOME/.local/bin:$PATH"
fi

if [ -n "$BASH_VERSION" ]; then
    [ -f "$HOME/.bashrc" ] && . "$HOME/.bashrc"
fi
