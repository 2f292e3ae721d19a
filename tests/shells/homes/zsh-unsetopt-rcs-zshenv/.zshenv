export PATH=$HOME/bin:$PATH
unsetopt RCS
