[ -z "$PS1" ] && return
GOVERSION_WANTED=1.22
export GOTOOLCHAIN="go${GOVERSION_WANTED}.1+auto"
GOCACHE_DIR=${XDG_CACHE_HOME:-$HOME/.cache}/go-build
export GOCACHE="$GOCACHE_DIR"
export GOMODCACHE=${GOPATH%%:*}/pkg/mod
