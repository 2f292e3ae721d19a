# ~/.bashrc: executed by bash(1) for non-login shells.

# Needed by `ssh host 'go build'` -- keep above the guard.
export GOROOT=/usr/lib/go
export GOPATH=$HOME/go
export PATH=$GOROOT/bin:$GOPATH/bin:$PATH

# If not running interactively, don't do anything
case $- in
    *i*) ;;
      *) return;;
esac

export GOPROXY=https://proxy.golang.org,direct
export GOBIN=$GOPATH/bin
HISTCONTROL=ignoreboth
