# ~/.profile
if [ -d "$HOME/go" ]; then
    export GOPATH="$HOME/go"
    PATH="$GOPATH/bin:$PATH"
fi
if [ -d "$HOME/.cargo/bin" ]; then
    PATH="$HOME/.cargo/bin:$PATH"
fi
if [ -d "$HOME/sdk/go1.21.0" ]; then
    export GOROOT="$HOME/sdk/go1.21.0"
fi
[ -f "$HOME/.bashrc" ] && [ -n "$BASH_VERSION" ] && . "$HOME/.bashrc"
