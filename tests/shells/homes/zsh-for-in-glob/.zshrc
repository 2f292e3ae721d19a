for file in $HOME/.zsh/conf.d/*.zsh; do
  source "$file"
done
