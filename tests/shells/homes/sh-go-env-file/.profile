export A="$(go env GOPATH)"
export P="$(go env GOPROXY)"
export XDG_CONFIG_HOME="$HOME/.cfg"
export B="$(go env GOPATH)"
export GOPATH=/env
export C="$(go env GOPATH)"
unset GOPATH
export GOENV=off
export D="$(go env GOPATH)"
export E="$(go env GOPROXY)"
