[[ ":$PATH:" != *":$HOME/go/bin:"* ]] && PATH="$PATH:$HOME/go/bin"
if (( ! ${path[(I)/usr/local/go/bin]} )); then
  path+=(/usr/local/go/bin)
fi
(( ${path[(Ie)$HOME/.local/bin]} )) || path=($HOME/.local/bin $path)
export GOPATH=$HOME/go
