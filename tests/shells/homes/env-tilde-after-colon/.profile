# ~/.profile (dash and bash login)
PATH=$PATH:~/.local/bin
export GOPATH=~/go:~/work/go
CDPATH_EXTRA=.:~:~/src
