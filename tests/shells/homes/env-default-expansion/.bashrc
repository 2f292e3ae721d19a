# ~/.bashrc
export GOPATH="${GOPATH:-$HOME/go}"
export GOPROXY="${GOPROXY:-https://goproxy.io,direct}"
export GOBIN="${GOBIN:-$GOPATH/bin}"
export PATH="$GOBIN:$PATH"
export EDITOR="${EDITOR:-nano}"
