alias gl="git log"
