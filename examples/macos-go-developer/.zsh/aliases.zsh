alias ll='ls -lah'
alias gs='git status'
alias k='kubectl'
