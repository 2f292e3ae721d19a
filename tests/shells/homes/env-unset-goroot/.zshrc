# ~/.zshrc -- the go toolchain knows its own GOROOT
unset GOROOT
unset GOPATH
export GOPATH=$HOME/go
