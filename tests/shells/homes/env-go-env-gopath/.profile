# ~/.profile
export GOPATH="$(go env GOPATH)"
export GOROOT=$(go env GOROOT)
export PATH="$PATH:$GOROOT/bin:$GOPATH/bin"
