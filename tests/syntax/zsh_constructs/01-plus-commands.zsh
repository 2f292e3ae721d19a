# `$+commands[x]` (is the command installed?), the guard of oh-my-zsh plugins
# statements: 2
(( $+commands[go] )) && export GOPATH="$HOME/go"
export PATH="/opt/marker/bin:$PATH"
