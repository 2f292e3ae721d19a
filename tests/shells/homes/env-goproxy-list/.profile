# ~/.profile
GOPROXY=https://goproxy.io,https://proxy.golang.org,direct
export GOPROXY
export GOPRIVATE=github.com/acme/*
export GOINSECURE="git.internal/*"
