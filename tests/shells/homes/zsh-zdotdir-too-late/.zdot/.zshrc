# never read
alias wrong=true
