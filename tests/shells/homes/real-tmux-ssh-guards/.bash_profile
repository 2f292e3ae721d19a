# ~/.bash_profile
[ -f ~/.bashrc ] && source ~/.bashrc
if [ -z "$DISPLAY" ] && [ "${XDG_VTNR:-0}" -eq 1 ]; then
    export STARTX=1
fi
export SSH_AUTH_SOCK="${XDG_RUNTIME_DIR:-/run/user/$(id -u)}/ssh-agent.socket"
