export PATH=$HOME/bin:$PATH
# non-interactive login shells stop here
[[ -o interactive ]] || exit 0
