# ~/.zshrc
setopt NO_BEEP
setopt HIST_IGNORE_SPACE
[[ -o login ]] && ZSHRC_LOGIN=1
if [[ -o SHARE_HISTORY ]]; then
  SHARED=1
fi
setopt share_history
[[ -o sharehistory ]] && SHARED_AFTER=1
