plugins=(git fzf)
for p in $plugins; do
  source ~/.zsh/plugins/$p.zsh
done
