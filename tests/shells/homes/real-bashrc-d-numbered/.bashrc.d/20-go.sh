export GOPATH="$HOME/go"
export PATH="$PATH:$GOPATH/bin"
export GOPROXY=direct
export GOSUMDB=off
