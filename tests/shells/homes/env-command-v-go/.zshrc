# ~/.zshrc
if (( $+commands[go] )); then
  export GOPATH=$(go env GOPATH)
  path+=($GOPATH/bin)
fi
if type brew >/dev/null 2>&1; then
  export HOMEBREW_NO_ANALYTICS=1
fi
