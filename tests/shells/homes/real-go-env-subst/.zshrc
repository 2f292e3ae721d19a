# ~/.zshrc
if (( $+commands[go] )); then
  export GOPATH=${$(go env GOPATH):-$HOME/go}
  path+=("$GOPATH/bin")
fi
