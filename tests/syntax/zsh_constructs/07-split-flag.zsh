# `${(s.:.)LS_COLORS}`: the split flag, in the usual completion-colors line
# statements: 2
zstyle ':completion:*' list-colors "${(s.:.)LS_COLORS}"
export PATH="/opt/marker/bin:$PATH"
