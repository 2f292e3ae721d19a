LIB_ARGC=$#
LIB_ARG2=$2
LIB_ALL="$*"
export LIB_DIR=${0:A:h}
source "${0:A:h}/sub.zsh"
