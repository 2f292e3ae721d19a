# ~/.zshrc — interactive shells
export ZSH="$HOME/.oh-my-zsh"
ZSH_THEME="robbyrussell"
plugins=(git golang docker)
[[ -f $ZSH/oh-my-zsh.sh ]] && source $ZSH/oh-my-zsh.sh

export GOPATH=$HOME/go
export GO111MODULE=on

(( $+commands[go] )) && alias gob='go build ./...'

for f in ~/.zsh/*.zsh(N); do
  source $f
done

precmd() { print -Pn "\e]0;%~\a" }

# make sure the login settings are there too
source ~/.zprofile
