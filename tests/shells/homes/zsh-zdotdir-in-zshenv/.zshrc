# ignored: ZDOTDIR points elsewhere
alias wrong=true
