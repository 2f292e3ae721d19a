# ~/.zshenv
export GOPATH="$(go env GOPATH)"
export PATH="$PATH:$GOPATH/bin"
