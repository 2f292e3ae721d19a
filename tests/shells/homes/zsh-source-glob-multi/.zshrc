# looks like "source them all", but zsh sources only the first match
# (the others become its positional parameters)
source ~/.zsh/*.zsh
