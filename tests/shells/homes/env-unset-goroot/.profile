# ~/.profile
export GOROOT=/usr/lib/go
unset GOPATH
