# ~/.zshrc
export PATH="$PATH:$GOBIN"
export GOPATH=:$HOME/go
