# ~/.zshenv
set -a
source ~/.config/go.env
set +a
GOFLAGS=-v
