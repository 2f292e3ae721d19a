# ~/.zshrc
PATH+=:$HOME/go/bin
path+=(/usr/local/go/bin)
export GOFLAGS=-trimpath
GOFLAGS+=" -buildvcs=false"
GONOPROXY+=corp.example.com
