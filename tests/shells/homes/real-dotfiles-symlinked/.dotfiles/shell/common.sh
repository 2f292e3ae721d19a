# shared by bash and zsh
export PATH="$DOTFILES/bin:$PATH"
export GOPATH="$HOME/go"
export EDITOR=vim
