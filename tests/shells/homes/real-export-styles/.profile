# ~/.profile
export \
    GOPATH="$HOME/go" \
    GOBIN="$HOME/go/bin" \
    GO111MODULE=on

set -a
GOPROXY=https://proxy.golang.org,direct
GOPRIVATE=example.com/private
set +a
NOT_EXPORTED=1

A=1 B=2 C=3
export A B
readonly C
typeset_like=${A}${B}${C}
export PATH=$PATH:$GOBIN GOFLAGS=-v
export EMPTY_EXPORT
export EQUALS_IN_VALUE="key=value=more"
[ -n "$BASH_VERSION" ] && . ~/.bashrc
