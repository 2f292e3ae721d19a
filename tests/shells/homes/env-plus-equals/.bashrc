# ~/.bashrc
PATH+=:$HOME/go/bin
export GOFLAGS=-trimpath
GOFLAGS+=" -buildvcs=false"
GONOPROXY+=corp.example.com
