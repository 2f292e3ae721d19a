# ~/.profile
PATH="$PATH:~/.local/bin"
