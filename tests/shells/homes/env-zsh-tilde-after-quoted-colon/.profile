# ~/.profile: dash (and bash) keep the same ~ literal
GOPATH=/opt/gopath
GOPATH="$GOPATH:"~/go
GOBIN='/opt/bin:'~/bin
export GOPATH GOBIN
