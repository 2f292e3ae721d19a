# `a b () { … }`: two functions defined at once
# statements: 2
zle-line-init zle-line-finish () { echoti smkx }
export PATH="/opt/marker/bin:$PATH"
