# ~/.bashrc
export GOPATH="~/go"
export PATH="~/go/bin:$PATH"
export GOBIN='~/go/bin'
