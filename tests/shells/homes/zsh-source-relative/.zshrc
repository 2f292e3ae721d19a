# relative name: zsh looks in the current directory first (cwd = HOME here)
source .zsh_aliases
