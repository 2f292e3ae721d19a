# ~/.bash_profile
declare -x GOPATH="$HOME/go"
[[ -f ~/.bashrc ]] && source ~/.bashrc
