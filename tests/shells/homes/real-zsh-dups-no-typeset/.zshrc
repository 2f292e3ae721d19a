export PATH="$HOME/.local/bin:$PATH"
export PATH="$PATH:$GOPATH/bin"
path=(${path:#/usr/games})
