# no interactivity guard: ssh commands read all of it
export PATH="$HOME/.local/bin:$PATH"
. ~/.bash_aliases
