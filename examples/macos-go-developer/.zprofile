# ~/.zprofile — login shells (every Terminal.app tab)
eval "$(/opt/homebrew/bin/brew shellenv)"

# Go, installed with `brew install go`
export GOROOT=/opt/homebrew/Cellar/go/1.22.3/libexec
export PATH=$GOROOT/bin:$PATH
export PATH=$PATH:$GOPATH/bin

# keep login and interactive shells identical
source ~/.zshrc
