export GOPATH="$HOME/go"
export GOPROXY=https://proxy.golang.org,direct
