alias a=true
. ~/.bash_aliases
