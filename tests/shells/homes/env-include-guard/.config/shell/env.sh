# ~/.config/shell/env.sh -- safe to source twice
[ -n "${__ENV_SH_LOADED:-}" ] && return
__ENV_SH_LOADED=1

export GOPATH="$HOME/go"
export PATH="$HOME/.local/bin:$GOPATH/bin:$PATH"
export GOPROXY=https://proxy.golang.org,direct
