# ~/.bashrc
[ -z "$PS1" ] && return
alias ll='ls -alF'
PS1='\u@\h:\w\$ '
