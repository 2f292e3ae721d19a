# switch to zsh for interactive logins only if we have a terminal (never here: stdin is a pipe)
export SHELL_SWITCH_CHECKED=1
if [ -z "$ZSH_VERSION" ] && [ -t 0 ] && [ -t 1 ] && command -v zsh >/dev/null 2>&1; then
    export SHELL=$(command -v zsh)
    exec zsh -l
fi
if [ -n "$BASH_VERSION" ] && [ -z "$ZSH_VERSION" ]; then
    RUNNING_IN=bash
elif [ -n "$ZSH_VERSION" ]; then
    RUNNING_IN=zsh
else
    RUNNING_IN=sh
fi
export RUNNING_IN
[ -f "$HOME/.bashrc" ] && [ -n "$BASH" ] && . "$HOME/.bashrc"
