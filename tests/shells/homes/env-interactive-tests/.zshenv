# ~/.zshenv -- read by every zsh
export GOPATH=$HOME/go
if [[ -o interactive ]]; then
  export GOPROXY=https://proxy.golang.org,direct
else
  export GOPROXY=off
fi
[[ -o login ]] && export GO111MODULE=on
