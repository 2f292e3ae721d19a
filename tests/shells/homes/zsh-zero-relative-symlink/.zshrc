source ~/.zsh/plugin.zsh
