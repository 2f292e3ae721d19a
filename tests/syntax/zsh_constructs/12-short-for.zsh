# `for f (list) cmd`: the short for loop
# statements: 3 (zsh sees 2: the loop head becomes `f=(list);` and its body a statement of its own)
for f (~/.zsh/functions/*.zsh(N)) source $f
export PATH="/opt/marker/bin:$PATH"
