. ~/.profile
[ -f ~/.bashrc ] && . ~/.bashrc
