setopt share_history
alias g=git
