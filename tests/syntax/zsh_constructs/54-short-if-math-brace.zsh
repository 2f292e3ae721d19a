# `if (( $+commands[x] )) { … }`: brace form with a math condition
# statements: ?
if (( $+commands[kubectl] )) { source <(kubectl completion zsh) }
export PATH="/opt/marker/bin:$PATH"
