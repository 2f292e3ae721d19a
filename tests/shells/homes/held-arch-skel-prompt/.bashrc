#
# ~/.bashrc
#

# If not running interactively, don't do anything
[[ $- != *i* ]] && return

alias ls='ls --color=auto'
alias grep='grep --color=auto'
PS1='[\u@\h \W]\$ '

# history
HISTCONTROL=ignoreboth:erasedups
HISTSIZE=100000
HISTFILESIZE=$HISTSIZE
shopt -s histappend
PROMPT_COMMAND="history -a${PROMPT_COMMAND:+; $PROMPT_COMMAND}"
PROMPT_COMMAND="${PROMPT_COMMAND%%;}; echo -ne \"\\033]0;${USER}\\007\""
PROMPT_DIRTRIM=2
export LESS_TERMCAP_mb=$'\E[1;31m'
export LESS_TERMCAP_me=$'\E[0m'
export GREP_COLORS='mt=1;32'
bind 'set completion-ignore-case on' 2>/dev/null
[ -r /usr/share/bash-completion/bash_completion ] && . /usr/share/bash-completion/bash_completion
COMPLETION_AFTER=yes
