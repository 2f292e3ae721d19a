# ~/.bash_profile
export PATH=/usr/local/go/bin
export GOPATH=~/go
if [ -f ~/.bash_aliases ]; then
    . ~/.bash_aliases
fi
