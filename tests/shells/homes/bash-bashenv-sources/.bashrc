. ~/.config/bash/common.sh
alias c=true
