# ~/.zshrc
fpath=(~/.zfunc $fpath)
path=($HOME/.local/bin $path)
path+=($HOME/bin)
autoload -Uz compinit && compinit -C
export PATH
print -rl -- $path > /dev/null
