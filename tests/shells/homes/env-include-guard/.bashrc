# ~/.bashrc
. "$HOME/.config/shell/env.sh"
