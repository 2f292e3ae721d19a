# every snippet, sorted, none is fine
for f (~/.zsh/*.zsh(N)) source $f
unset f
