# ~/.bash_profile
export GOROOT=/usr/lib/go
export GOPATH=$HOME/go
PATH=$GOROOT/bin:$PATH
