export VISUAL=vim
