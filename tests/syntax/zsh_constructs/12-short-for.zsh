# `for f (list) cmd`: the short for loop
# statements: ?
for f (~/.zsh/functions/*.zsh(N)) source $f
export PATH="/opt/marker/bin:$PATH"
