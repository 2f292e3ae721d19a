export GOPATH=$HOME/go
export GOBIN=$GOPATH/bin
export GOPRIVATE=github.com/acme
export GOPROXY=https://goproxy.io,https://proxy.golang.org,direct
(( ${path[(Ie)$GOBIN]} )) || path=($GOBIN $path)
[[ -d ~/sdk/go1.22.1 ]] && export GOROOT=~/sdk/go1.22.1 && path=($GOROOT/bin $path)
export GOMODCACHE=${GOPATH}/pkg/mod
