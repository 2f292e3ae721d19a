path=(
  $HOME/bin
  $HOME/.cargo/bin \
  $path
)
export GOPATH=$HOME/go \
  GOBIN=$HOME/go/bin
