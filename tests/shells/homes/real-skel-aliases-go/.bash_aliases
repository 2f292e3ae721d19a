# ~/.bash_aliases
alias ll='ls -alF'
alias la='ls -A'
alias l='ls -CF'
alias gs='git status'
alias ..='cd ..'
alias grep='grep --color=auto'
export GOPROXY=https://proxy.golang.org,direct
export GOPRIVATE="github.com/acme-corp/*,gitlab.acme.internal"
