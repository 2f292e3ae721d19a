HISTFILE=$ZDOTDIR/.zsh_history
bindkey -v
