# ~/.profile
PATH="$PATH:$HOME/.local/bin"
