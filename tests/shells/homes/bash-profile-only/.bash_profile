export PATH="$HOME/bin:$PATH"
export HISTCONTROL=ignoreboth
