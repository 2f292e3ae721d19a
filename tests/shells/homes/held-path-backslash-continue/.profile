# ~/.profile
export GOPATH="$HOME/go"
export PATH="$HOME/bin:\
$HOME/.cargo/bin:\
$GOPATH/bin:\
$PATH"

MANPATH=/usr/share/man\
:/usr/local/share/man
export MANPATH

export LESS='-F -g -i -M -R -S -w -X -z-4'
export \
  EDITOR=vim \
  VISUAL=vim
PAGER=less; export PAGER
if [ -n "$BASH_VERSION" ]; then
    if [ -f "$HOME/.bashrc" ]; then
	. "$HOME/.bashrc"
    fi
fi
