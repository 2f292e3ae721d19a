# prezto module utility
alias ls="${aliases[ls]:-ls} --group-directories-first"
export LS_COLORS='di=34:ln=35:so=32:pi=33:ex=31'
