# ~/.bash_profile
export GOROOT=/usr/lib/go
export GOPATH=$HOME/go
export GO111MODULE=on
export GOPROXY=https://proxy.golang.org,direct
export PATH=$GOROOT/bin:$GOPATH/bin:$PATH
