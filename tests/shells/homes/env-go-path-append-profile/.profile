# ~/.profile

# golang
export GOROOT=/usr/lib/go
export GOPATH=$HOME/go
PATH=$PATH:/usr/local/go/bin
PATH=$PATH:$GOPATH/bin
export PATH

umask 022
