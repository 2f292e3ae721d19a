emulate -L zsh 2>/dev/null || true
setopt extended_glob
path=(${path:#*/sbin})
FIRST_DIR=$path[1]
LAST_DIR=$path[-1]
NPATH=$#path
export SEEN_ZSHRC=1
