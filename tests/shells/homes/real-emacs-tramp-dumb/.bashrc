# ~/.bashrc
export GOPATH="$HOME/go"
if [ "$TERM" = "dumb" ]; then
    PS1='$ '
    return
fi
export GOPROXY=https://goproxy.cn,direct
PATH="$GOPATH/bin:$PATH"
