# stand-in for oh-my-zsh's loader (the real one is thousands of lines)
autoload -U compinit
compinit -i
