() {
  local f=~/.zsh/local.zsh
  [[ -r $f ]] && source $f
}
() { source ~/.zsh/keys.zsh }
