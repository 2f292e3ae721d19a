# ~/.bashrc
export GOPATH=$HOME/go:$HOME/work/go
export PATH=$PATH:${GOPATH//://bin:}/bin
