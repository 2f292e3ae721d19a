# ignored: ZDOTDIR points to a directory that does not exist
alias wrong=true
