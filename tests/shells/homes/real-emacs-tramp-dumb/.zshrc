# ~/.zshrc
export PATH="$HOME/.local/bin:$PATH"
export GOPATH="$HOME/go"

# TRAMP / dumb terminals: keep it simple
[[ $TERM == "dumb" ]] && unsetopt zle && PS1='$ ' && return

export EDITOR=nvim
export GOPROXY=https://goproxy.cn,direct
path+=("$GOPATH/bin")
