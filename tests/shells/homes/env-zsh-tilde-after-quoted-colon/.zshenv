# ~/.zshenv: zsh expands an unquoted ~ after a quoted or escaped `:` in an assignment
GOPATH=/opt/gopath
GOPATH="$GOPATH:"~/go
GOBIN='/opt/bin:'~/bin
export GOPATH GOBIN
