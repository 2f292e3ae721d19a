export GOPROXY="https://goproxy.io,direct"
export GOFLAGS="-mod=mod"
export GOPRIVATE=git.corp.example.com
