eval "$(/home/linuxbrew/.linuxbrew/bin/brew shellenv 2>/dev/null)"
export GOPATH=$HOME/go
