[[ $- == *i* ]] && source ~/.bash_prompt
if [[ -n $PS1 ]]; then source ~/.bash_completion_local; fi
