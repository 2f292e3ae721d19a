# ~/.profile
PATH=~/.local/bin:$PATH
GOPATH=~/go; export GOPATH
[ -n "$BASH_VERSION" ] && [ -f ~/.bashrc ] && . ~/.bashrc
