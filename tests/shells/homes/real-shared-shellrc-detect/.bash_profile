# ~/.bash_profile
[[ -f ~/.bashrc ]] && . ~/.bashrc
