# ~/.zshrc
path+=(/opt/x/bin)
fpath=(~/.zfunc $fpath)
GOBIN=$path[1]
export GOBIN
FIRST_DIR=${path[1]}
LAST_DIR=$path[-1]
