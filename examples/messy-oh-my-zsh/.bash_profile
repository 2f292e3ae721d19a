# left over from before the switch to zsh
export PATH="/usr/local/opt/go/libexec/bin:$PATH"
