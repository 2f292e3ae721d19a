# ~/.zshenv
export GOPROXY="https://goproxy.cn|https://proxy.golang.org,direct"
export GOPRIVATE=*.corp.example.com,github.com/acme/*
export GONOSUMDB=$GOPRIVATE
export GOFLAGS="-mod=mod -trimpath"
export GOSUMDB='sum.golang.google.cn'
