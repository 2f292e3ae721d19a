# ~/.profile
GO111MODULE=auto
GOPATH=$GOPATH:$HOME/work
