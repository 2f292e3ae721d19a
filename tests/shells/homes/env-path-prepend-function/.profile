# ~/.profile
. "$HOME/.config/shell/functions.sh"
path_prepend "$HOME/go/bin"
path_prepend /usr/local/go/bin
path_append /usr/bin
path_prepend "$HOME/go/bin"
export PATH
export GOPATH="$HOME/go"
