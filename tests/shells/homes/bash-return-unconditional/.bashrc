alias a=true
. ~/.bash/early.sh
return 0
# dead code below
. ~/.bash/late.sh
