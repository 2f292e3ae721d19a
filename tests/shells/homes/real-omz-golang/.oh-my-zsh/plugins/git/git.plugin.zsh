# Git version checking
autoload -Uz is-at-least
git_version="${${(As: :)$(git version 2>/dev/null)}[3]}"

alias g='git'
alias ga='git add'
alias gst='git status'
alias gco='git checkout'

unset git_version
