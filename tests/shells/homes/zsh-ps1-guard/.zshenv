export LANG=C.UTF-8
[[ -n $PS1 ]] && source ~/.zsh/prompt.zsh
