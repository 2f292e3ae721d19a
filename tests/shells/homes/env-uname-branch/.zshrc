# ~/.zshrc
if [[ $(uname) == Darwin ]]; then
  export GOROOT=/usr/local/opt/go/libexec
else
  export GOROOT=/usr/lib/go
fi
