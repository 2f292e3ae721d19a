# ~/.zshrc
path=(/usr/local/go/bin $path /usr/local/go/bin)
PATH=$PATH:/bin:/opt/tools/bin
export GOPATH=~/go
