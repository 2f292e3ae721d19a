# ~/.bashrc
[ -z "$PS1" ] && return

CURRENT_USER=$(whoami)
HOST_NAME=$(hostname)
HOST_SHORT=`hostname -s`
ARCH=`uname -m`
KERNEL=$(uname -r)
TODAY=$(date +%F)
NCPU=$(nproc 2>/dev/null || echo 1)

if [ -f "$HOME/.config/hosts/$HOST_SHORT.sh" ]; then
    . "$HOME/.config/hosts/$HOST_SHORT.sh"
fi

export MAKEFLAGS="-j$NCPU"
export GPG_TTY=$(tty)
export DOCKER_USER="$(id -un)"
export SCRATCH="/tmp/${USER}-scratch"
