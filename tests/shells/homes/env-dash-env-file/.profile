# ~/.profile
ENV=$HOME/.shrc; export ENV
export GOROOT=/usr/lib/go
PATH=$GOROOT/bin:$PATH
