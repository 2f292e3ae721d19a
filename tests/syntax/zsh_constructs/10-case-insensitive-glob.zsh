# `(#i)`: an extended_glob flag at the start of a pattern
# statements: 3
setopt extended_glob
for f in ~/.zsh/conf.d/(#i)*.ZSH(N); do source $f; done
export PATH="/opt/marker/bin:$PATH"
