# ~/.bashrc
. ~/.config/shell/functions.sh
path_prepend "$HOME/.local/bin"
path_prepend "$HOME/go/bin"
