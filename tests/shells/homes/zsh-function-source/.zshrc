load_plugin() {
  source ~/.zsh/plugins/$1.zsh
}
load_plugin git
never_called() { source ~/.zsh/plugins/unused.zsh; }
