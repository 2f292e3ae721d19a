# Go: the installer from go.dev (2022), since replaced by `brew install go`
export GOROOT=/usr/local/go
export PATH="$PATH:$GOROOT/bin:$GOPATH/bin"

# Rust (uninstalled with `rustup self uninstall`)
source "$HOME/.cargo/env"

autoload -Uz compinit && compinit
