alias ga="git add"
