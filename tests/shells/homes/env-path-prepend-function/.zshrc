# ~/.zshrc
source ~/.config/shell/functions.sh
path_prepend "$HOME/go/bin"
path_append /opt/go/bin
path_append /opt/go/bin
