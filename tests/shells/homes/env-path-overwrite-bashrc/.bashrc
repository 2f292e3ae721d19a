# ~/.bashrc -- I want the same PATH everywhere, so set it outright.
export PATH=/usr/local/go/bin:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin
export GOPATH=$HOME/code/go

# If not running interactively, don't do anything
case $- in
    *i*) ;;
      *) return;;
esac

export GOPROXY=direct
HISTCONTROL=ignoreboth
shopt -s histappend
