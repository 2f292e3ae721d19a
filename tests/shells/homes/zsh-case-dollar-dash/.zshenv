case $- in
  *i*) source ~/.zsh/interactive.zsh ;;
  *) source ~/.zsh/batch.zsh ;;
esac
