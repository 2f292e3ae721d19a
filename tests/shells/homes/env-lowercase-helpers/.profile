# ~/.profile
go_root=/usr/lib/go
export GOROOT="$go_root"
[ -n "$BASH_VERSION" ] && . "$HOME/.bashrc"
