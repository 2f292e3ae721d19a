# $ZDOTDIR/.zprofile
export GOPATH=$XDG_CONFIG_HOME/../go
path=(/usr/local/go/bin $path)
