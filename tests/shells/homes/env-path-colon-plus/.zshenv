# ~/.zshenv -- every zsh
export GOBIN="$HOME/.local/go/bin"
export PATH="$HOME/bin${PATH:+:$PATH}"
export PATH="${PATH}${GOBIN+:$GOBIN}"
