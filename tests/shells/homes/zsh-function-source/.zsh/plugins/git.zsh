alias gco="git checkout"
