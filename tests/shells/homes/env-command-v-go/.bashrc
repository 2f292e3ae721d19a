# ~/.bashrc
if command -v go >/dev/null 2>&1; then
    export GOPATH="$(go env GOPATH)"
    export PATH="$PATH:$GOPATH/bin"
fi
if command -v rustc >/dev/null 2>&1; then
    export RUST_BACKTRACE=1
fi
