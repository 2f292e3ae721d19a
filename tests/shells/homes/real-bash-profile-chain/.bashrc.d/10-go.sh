export GO111MODULE=on
export GOPROXY=https://proxy.golang.org
export CGO_ENABLED=0
