# ~/.bashrc
[ -z "$PS1" ] && return
set -o vi
shopt -s checkwinsize globstar cdspell
bind 'set completion-ignore-case on'
HISTCONTROL=ignoredups:ignorespace
export HISTIGNORE="ls:ll:cd:pwd:exit:history"
PROMPT_COMMAND='history -a'
