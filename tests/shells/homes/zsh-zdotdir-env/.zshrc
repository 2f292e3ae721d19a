# ignored: ZDOTDIR is set in the environment
alias wrong=true
