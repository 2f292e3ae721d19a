# ~/.zshrc: interactive shells
HISTSIZE=1000
setopt autocd
alias ll="ls -l"
PROMPT="%n@%m %1~ %# "
