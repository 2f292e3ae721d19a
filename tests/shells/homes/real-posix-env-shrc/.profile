# ~/.profile -- for dash, bash and friends
PATH="$HOME/.local/bin:$PATH"
export PATH
ENV=$HOME/.shrc; export ENV
export PAGER=less
if [ "${BASH-no}" != "no" ]; then
    [ -r ~/.bashrc ] && . ~/.bashrc
fi
