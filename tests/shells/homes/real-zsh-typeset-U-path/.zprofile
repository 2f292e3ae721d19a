# ~/.zprofile
path=(
  $HOME/bin(N-/)
  $HOME/.local/bin(N-/)
  $GOPATH/bin(N-/)
  /usr/local/go/bin(N-/)
  /opt/nonexistent/bin(N-/)
  $path
)
