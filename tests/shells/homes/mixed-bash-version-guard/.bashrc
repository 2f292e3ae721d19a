. ~/.bash_aliases
