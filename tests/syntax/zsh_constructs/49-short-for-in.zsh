# `for f in list; cmd`: SHORT_LOOPS form without do/done
# statements: 3 (zsh sees 2: the loop head becomes `f=(  list);` and its body a statement of its own)
for f in ~/.zshrc.d/*.zsh(N); source $f
export PATH="/opt/marker/bin:$PATH"
