# ~/.zshrc
[[ -d ~/go/bin ]] && path=(~/go/bin $path)
[[ -d ~/sdk/go1.21.0 ]] && export GOROOT=~/sdk/go1.21.0
if [[ -d $HOME/go ]]; then export GOPATH=$HOME/go; else export GOPATH=/tmp/go; fi
