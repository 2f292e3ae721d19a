# `${+functions[x]}`: the last line of every ~/.p10k.zsh from `p10k configure`
# statements: 2
(( ! ${+functions[p10k]} )) || p10k finalize
export PATH="/opt/marker/bin:$PATH"
