alias gd="git diff"
