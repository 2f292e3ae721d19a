export PATH="$HOME/bin:$PATH"
export EDITOR=vi
