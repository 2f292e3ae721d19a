# ~/.profile
. "${XDG_CONFIG_HOME:-$HOME/.config}/shell/env"

if [ -n "$BASH_VERSION" ] && [ -f "$HOME/.bashrc" ]; then
    . "$HOME/.bashrc"
fi
