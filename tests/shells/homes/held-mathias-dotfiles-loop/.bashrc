[ -n "$PS1" ] && source ~/.bash_profile;
