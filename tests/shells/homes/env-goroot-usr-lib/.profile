# ~/.profile -- shadowed by ~/.bash_profile for bash; dash still reads it
export GOROOT=/usr/local/go
