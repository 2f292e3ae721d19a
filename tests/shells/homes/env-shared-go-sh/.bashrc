# ~/.bashrc
SHELL_CONFIG_DIR="$HOME/.config/shell"
[ -r "$SHELL_CONFIG_DIR/go.sh" ] && . "$SHELL_CONFIG_DIR/go.sh"
case $- in *i*) ;; *) return ;; esac
alias ..='cd ..'
