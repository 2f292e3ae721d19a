# ~/.profile
GO111MODULE=auto
if [ -n "$BASH_VERSION" ]; then
    . "$HOME/.bashrc"
fi
