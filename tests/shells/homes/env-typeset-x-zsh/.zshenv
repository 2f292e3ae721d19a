# ~/.zshenv
typeset -U path
typeset -x LESS=-R
