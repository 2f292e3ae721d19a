# not read: the .zshenv step is over when ZDOTDIR is set
export NOT_READ=1
