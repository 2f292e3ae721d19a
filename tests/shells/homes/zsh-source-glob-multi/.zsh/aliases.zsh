alias c=clear
