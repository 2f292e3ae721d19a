# ~/.bashrc
. ~/.config/shell/go.sh
if [[ $OSTYPE == linux-gnu* ]]; then
    export GOPROXY=https://proxy.golang.org,direct
fi
