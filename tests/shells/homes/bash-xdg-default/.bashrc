. "${XDG_CONFIG_HOME:-$HOME/.config}/bash/env.sh"
