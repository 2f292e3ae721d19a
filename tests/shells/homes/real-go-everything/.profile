# ~/.profile

# golang
export GOROOT=/usr/lib/go
export GOPATH="$HOME/go"
export GOBIN="$GOPATH/bin"
export GOPROXY="https://athens.corp.example.com,https://proxy.golang.org,direct"
export GOPRIVATE="*.corp.example.com,github.com/example-org"
export GONOSUMDB="$GOPRIVATE"
export GONOPROXY=none
export GOFLAGS="-mod=readonly -trimpath"
export GO111MODULE=auto
export CGO_ENABLED=1
export GOTOOLCHAIN=local
export PATH="$GOBIN:$GOROOT/bin:$PATH"

# a newer toolchain from `go install golang.org/dl/go1.21.5`
if [ -d "$HOME/sdk/go1.21.5" ]; then
    export GOROOT="$HOME/sdk/go1.21.5"
    PATH="$GOROOT/bin:$PATH"
fi

if [ -n "$BASH_VERSION" ]; then
    if [ -f "$HOME/.bashrc" ]; then
        . "$HOME/.bashrc"
    fi
fi
