# keep ~/.profile in play
[ -r ~/.profile ] && . ~/.profile
case $- in *i*) . ~/.bashrc ;; esac
