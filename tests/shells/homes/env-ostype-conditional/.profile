# ~/.profile
. "$HOME/.config/shell/go.sh"
