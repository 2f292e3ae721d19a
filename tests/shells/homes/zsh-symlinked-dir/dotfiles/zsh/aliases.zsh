alias gs="git status"
