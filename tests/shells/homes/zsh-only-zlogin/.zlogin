# runs after .zshrc in login shells
export LOGGED_IN=1
