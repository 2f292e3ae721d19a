# mistake: sources ~/.zshrc back
source ~/.zshrc
