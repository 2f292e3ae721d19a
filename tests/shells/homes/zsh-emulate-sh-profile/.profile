export PATH="$HOME/.local/bin:$PATH"
export EDITOR=vi
