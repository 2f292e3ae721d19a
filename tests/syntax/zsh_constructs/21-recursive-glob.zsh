# `**/*.zsh(N.)`: recursive glob with a plain-file qualifier
# statements: 2
for f in ~/.zsh.d/**/*.zsh(N.); do source $f; done
export PATH="/opt/marker/bin:$PATH"
