# ~/.bashrc
export GOPATH=$HOME/go
export GOCACHE=$HOME/.cache/go
# keep GOCACHE for my own functions, but don't leak it into builds
export -n GOCACHE
export -n GOFLAGS
