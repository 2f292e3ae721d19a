# ~/.bashrc
PATH=$PATH:~/bin:~/go/bin
export GOPATH=~/go:~/work/go
CDPATH_EXTRA=.:~:~/src
declare -x GOFLAGS_DIRS=~/a:~/b
