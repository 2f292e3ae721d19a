# ~/.zshrc
typeset -x GOPROXY=https://goproxy.io,direct
typeset -x GO111MODULE=on

go_setup() {
  typeset -x GOBIN=$HOME/.local/bin
  typeset -gx GOPATH=$HOME/go
  local -x GOTMPDIR=/tmp/go-$USER
  local tmpdir=$GOTMPDIR
  export GOFLAGS=-trimpath
}
go_setup
