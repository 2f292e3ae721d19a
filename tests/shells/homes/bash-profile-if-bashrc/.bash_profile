if [ -f "$HOME/.bashrc" ]; then
    source "$HOME/.bashrc"
fi
export PATH="$HOME/go/bin:$PATH"
