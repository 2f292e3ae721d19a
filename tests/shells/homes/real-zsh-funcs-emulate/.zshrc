# ~/.zshrc
fpath=(~/.zsh/functions $fpath)
autoload -Uz prepend-path
prepend-path ~/go/bin ~/.local/bin /does/not/exist

function set_go_env() {
  emulate -L zsh
  setopt local_options extended_glob
  local -a candidates
  candidates=(~/go(N/) ~/gopath(N/))
  typeset -g GOPATH=${candidates[1]:-$HOME/go}
  export GOPATH
}
set_go_env

autoload -Uz add-zsh-hook
_my_precmd() { print -Pn "\e]0;%~\a" }
add-zsh-hook precmd _my_precmd

() {
  local tmp_var=$HOME/.cache
  export ZSH_CACHE=$tmp_var/zsh
}
typeset -gA MY_OPTS=(color yes pager less)
