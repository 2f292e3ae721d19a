# ~/.profile
: "${GOPATH:=$HOME/go}"
export GOPATH
PAGER=${PAGER-less}
export PAGER
