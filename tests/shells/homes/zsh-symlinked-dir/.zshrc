source ~/.zsh/aliases.zsh
source $HOME/.zsh/functions.zsh
