# ~/.profile
set -a
. "$HOME/.config/go.env"
set +a
GOFLAGS=-v
