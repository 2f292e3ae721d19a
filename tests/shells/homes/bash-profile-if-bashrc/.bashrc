shopt -s histappend
PS1="\u@\h:\w\$ "
