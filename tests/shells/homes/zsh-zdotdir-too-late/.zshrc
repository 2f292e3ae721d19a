alias l=ls
# too late for .zshrc itself: only .zlogin and .zlogout move
ZDOTDIR=$HOME/.zdot
