export GOPATH=~/go
