# ~/.zshenv: things I wanted "everywhere"
export EDITOR=vim
export GOPATH="~/go"
export PATH="$HOME/bin:$HOME/.local/bin:$PATH"
alias g=git
echo "zshenv loaded"
