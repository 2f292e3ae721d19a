# `if (( $+commands[x] )) { … }`: brace form with a math condition
# statements: 3 (zsh sees 2: the condition and the `{ … }` body are statements of their own)
if (( $+commands[kubectl] )) { source <(kubectl completion zsh) }
export PATH="/opt/marker/bin:$PATH"
