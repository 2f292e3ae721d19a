export GOPATH=$HOME/go
[[ -o interactive ]] && source ~/.zsh/interactive.zsh
if [[ -o login ]]; then
  source ~/.zsh/login.zsh
fi
