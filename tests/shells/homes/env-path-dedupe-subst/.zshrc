# ~/.zshrc
export PATH="$HOME/go/bin:$HOME/go/bin:$PATH"
PATH=$(printf %s "$PATH" | awk -v RS=: '!seen[$0]++' | paste -sd: -)
export GOPATH=$HOME/go
