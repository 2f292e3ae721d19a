# `for f in list; cmd`: SHORT_LOOPS form without do/done
# statements: ?
for f in ~/.zshrc.d/*.zsh(N); source $f
export PATH="/opt/marker/bin:$PATH"
