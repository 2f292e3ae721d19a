# machine-specific overrides
export GOPROXY="https://proxy.golang.org,direct"
