# `a b () { … }`: two functions defined at once
# statements: ?
zle-line-init zle-line-finish () { echoti smkx }
export PATH="/opt/marker/bin:$PATH"
