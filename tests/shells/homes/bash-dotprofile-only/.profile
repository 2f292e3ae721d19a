PATH="$HOME/bin:$PATH"
export PATH
umask 022
