source ~/.config/zsh/aliases.zsh
export PS1='\u@\h:\w\$ '
