alias dps="docker ps"
