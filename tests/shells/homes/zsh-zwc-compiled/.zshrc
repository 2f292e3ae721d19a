alias zz=true
source ~/.zsh_aliases
