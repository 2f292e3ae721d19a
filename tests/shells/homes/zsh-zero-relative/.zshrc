source ~/.zsh/init.zsh
