alias a=true
source ~/.zsh/extra.zsh
