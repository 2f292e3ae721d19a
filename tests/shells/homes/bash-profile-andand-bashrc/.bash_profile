export PATH="$HOME/.local/bin:$PATH"
[ -f ~/.bashrc ] && . ~/.bashrc
