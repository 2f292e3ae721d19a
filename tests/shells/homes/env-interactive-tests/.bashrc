# ~/.bashrc -- also read by ssh-command
export GOPATH=$HOME/go
if [[ $- == *i* ]]; then
    export GOPROXY=https://proxy.golang.org,direct
else
    export GOPROXY=off
fi
case $- in
    *i*) GOFLAGS=-v ;;
esac
shopt -q login_shell && export GO111MODULE=on
