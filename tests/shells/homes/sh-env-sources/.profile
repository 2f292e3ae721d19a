. "$HOME/.config/sh/env"
