[[ -f ~/.zshrc.local ]] && source ~/.zshrc.local
[[ -r ~/.zsh/secrets.zsh ]] && source ~/.zsh/secrets.zsh
