# ~/.zshrc
PATH=$PATH:~/bin:~/go/bin
export GOPATH=~/go:~/work/go
CDPATH_EXTRA=.:~:~/src
typeset -x GOFLAGS_DIRS=~/a:~/b
