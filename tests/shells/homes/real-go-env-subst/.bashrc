# ~/.bashrc
[[ $- == *i* ]] || return 0

if command -v go >/dev/null 2>&1; then
    export GOPATH="$(go env GOPATH)"
    export PATH="$PATH:$(go env GOPATH)/bin"
    export GOPROXY=$(go env GOPROXY)
    GOROOT_GUESS="$(go env GOROOT)"
fi
