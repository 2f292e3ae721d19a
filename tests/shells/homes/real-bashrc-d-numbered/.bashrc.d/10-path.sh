PATH="$HOME/.local/bin:$PATH"
