# ~/.zshenv
export GOPATH=$HOME/go
if [[ -o interactive ]]; then
  export ZSHENV_INTERACTIVE=yes
else
  export ZSHENV_INTERACTIVE=no
fi
if [[ -o login ]]; then
  ZSHENV_LOGIN=yes
fi
[[ -o LOGIN ]] && ZSHENV_LOGIN_UPPER=yes
[[ -o no_rcs ]] || ZSHENV_RCS=on
[[ $- == *l* ]] && ZSHENV_DASH_L=yes
[[ -o norcs ]] && NORCS=1
if [[ ! -o interactive ]]; then
  return
fi
path=(~/go/bin $path)
