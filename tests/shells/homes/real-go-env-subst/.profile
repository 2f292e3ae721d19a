# ~/.profile
[ -n "$BASH_VERSION" ] && [ -f ~/.bashrc ] && . ~/.bashrc
if which go > /dev/null; then
    export GOBIN=$(go env GOPATH)/bin
    PATH=$GOBIN:$PATH
fi
