alias before=true
for f in ~/.zshrc.d/*.zsh; do source $f; done
source ~/.zsh_after
