# ~/.bashrc: bash keeps the ~ literal
GOPATH=/opt/gopath
GOPATH="$GOPATH:"~/go
export GOPATH
