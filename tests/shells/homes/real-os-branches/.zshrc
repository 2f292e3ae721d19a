# ~/.zshrc
if [[ $OSTYPE == darwin* ]]; then
  export HOMEBREW_NO_ANALYTICS=1
  path=(/opt/homebrew/bin $path)
elif [[ $OSTYPE == linux* ]]; then
  export PLATFORM=linux
  [[ -d /home/linuxbrew/.linuxbrew ]] && eval "$(/home/linuxbrew/.linuxbrew/bin/brew shellenv)"
fi
export GOPATH=$HOME/go
