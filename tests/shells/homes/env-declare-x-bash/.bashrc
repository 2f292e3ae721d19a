# ~/.bashrc
declare -x GO111MODULE=on

_go_env() {
    declare -x GOFLAGS=-mod=mod
    declare -gx GOPRIVATE=github.com/acme/*
    export GONOSUMDB=github.com/acme
    declare GOTOOLCHAIN_NOTE=local-only
}
_go_env
unset -f _go_env
