# `while (( c )) { … }`: the brace form of while
# statements: 4 (zsh sees 3: the condition and the `{ … }` body are statements of their own)
typeset -i tries=0
while (( tries < 3 )) { (( tries++ )) }
export PATH="/opt/marker/bin:$PATH"
