# shared with bash, I think
alias k=kubectl
alias gs='git status'
setopt autocd
