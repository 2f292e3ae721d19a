source $ZDOTDIR/aliases.zsh
