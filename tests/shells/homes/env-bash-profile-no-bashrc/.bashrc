# ~/.bashrc
export GOBIN=$HOME/bin
export GOPROXY=https://goproxy.io
PATH=$PATH:$GOBIN
