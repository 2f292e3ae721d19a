if [[ -r ~/.kb/${TERM}-${VENDOR} ]]; then
  source ~/.kb/${TERM}-${VENDOR}
  export KB=1
fi
[ -r "$HOME/.zsh/term_$VENDOR.zsh" ] && export TERMFILE=1
export AFTER=1
