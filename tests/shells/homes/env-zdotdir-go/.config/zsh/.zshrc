# $ZDOTDIR/.zshrc
export GOBIN=$HOME/.local/bin
path=($GOBIN $path)
