# prezto module environment
setopt COMBINING_CHARS
unsetopt MAIL_WARNING
export LESS_TERMCAP_md=$'\E[01;34m'
