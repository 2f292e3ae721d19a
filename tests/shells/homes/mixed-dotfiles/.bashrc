case $- in *i*) ;; *) return ;; esac
. ~/.config/shell/aliases.sh
