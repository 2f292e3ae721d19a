# ~/.bashrc
unset GOROOT GOPATH
