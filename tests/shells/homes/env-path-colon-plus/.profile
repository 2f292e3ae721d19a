# ~/.profile -- bash and sh login shells; GOBIN is not set here
export PATH="$HOME/bin${PATH:+:${PATH}}"
PATH="$PATH${GOBIN+:$GOBIN}"
MANPATH="$HOME/.local/share/man${MANPATH:+:$MANPATH}"
export MANPATH
