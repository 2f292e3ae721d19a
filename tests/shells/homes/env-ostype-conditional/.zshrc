# ~/.zshrc
source ~/.config/shell/go.sh
if [[ "$OSTYPE" == darwin* ]]; then
  export GOPATH=$HOME/Developer/go
else
  export GOPATH=$HOME/go
fi
