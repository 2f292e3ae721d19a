# ~/.zshrc
[[ -s "$HOME/.gvm/scripts/gvm" ]] && source "$HOME/.gvm/scripts/gvm"
export GOENV_ROOT="$HOME/.goenv"
path=($GOENV_ROOT/bin $path)
(( $+commands[goenv] )) && eval "$(goenv init -)"
export GOPATH="$HOME/go"
