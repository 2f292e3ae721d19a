# ~/.profile
PATH="$GOROOT/bin:$PATH"
