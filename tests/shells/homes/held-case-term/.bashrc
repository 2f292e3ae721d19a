case $TERM in
    xterm*|rxvt*|screen*|tmux*)
        TITLE_SUPPORT=yes
        ;;
    dumb)
        TITLE_SUPPORT=no
        export PAGER=cat
        ;;
    *)
        TITLE_SUPPORT=maybe
        ;;
esac
case "$TERM" in
  *-256color) COLORS=256 ;;
  linux|dumb) COLORS=8 ;;
esac
export COLORS
case "${SHELL##*/}" in
  bash) LOGIN_SHELL_KIND=bash ;;
  zsh)  LOGIN_SHELL_KIND=zsh ;;
  *)    LOGIN_SHELL_KIND=other ;;
esac
case $(uname -s) in
  Linux) OS_KIND=linux ;;
  Darwin) OS_KIND=mac ;;
esac
case "$USER" in root) IS_ROOT=1;; *) IS_ROOT=0;; esac
case x$LANG in x) export LANG=C.UTF-8;; esac
