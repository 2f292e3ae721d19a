alias ls='ls --color=auto'
alias ll='ls -lah'
alias vim=nvim
