export XDG_CONFIG_HOME=$HOME/.config
