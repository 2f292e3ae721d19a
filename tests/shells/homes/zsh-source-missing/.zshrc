source ~/.zsh/missing.zsh
alias after=true
source ~/.zsh/present.zsh
