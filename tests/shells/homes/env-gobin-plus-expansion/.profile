# ~/.profile
export GOBIN="$HOME/go/bin"
if [ -n "$BASH_VERSION" ] && [ -f "$HOME/.bashrc" ]; then
    . "$HOME/.bashrc"
fi
