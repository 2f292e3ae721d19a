# ~/.zshrc
[ -f ~/.shellrc ] && . ~/.shellrc
export ZSHRC_DONE=1
