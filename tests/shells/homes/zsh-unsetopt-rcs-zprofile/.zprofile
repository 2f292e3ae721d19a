path=($HOME/bin $path)
[[ -n $SSH_CONNECTION ]] || true
unsetopt rcs
