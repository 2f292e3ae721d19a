# ~/.zshrc
readonly GOROOT=/usr/lib/go
export GOROOT
GOROOT=/usr/local/go
export GOPATH=$HOME/go
