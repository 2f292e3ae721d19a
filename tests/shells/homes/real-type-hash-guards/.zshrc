# ~/.zshrc
if whence -p go >/dev/null; then
  export GOPATH="$HOME/go"
  path+=("$GOPATH/bin")
fi
if [[ -x =go ]] 2>/dev/null; then GO_FOUND=1; fi
command -v node >/dev/null && export NODE_OPTIONS=--max-old-space-size=4096
type cargo &>/dev/null && export CARGO_INCREMENTAL=1
