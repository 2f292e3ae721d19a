# ~/.bashrc
# non-interactive: only the PATH
export PATH="$HOME/.local/bin:$PATH"
[ -z "$PS1" ] && return

if [[ -z $TMUX ]] && [[ -n $SSH_CONNECTION ]]; then
    export AUTO_TMUX=1
fi

if [ -n "$SSH_CLIENT" ] || [ -n "$SSH_TTY" ]; then
    SESSION_TYPE=remote/ssh
else
    case $(ps -o comm= -p "$PPID") in
        sshd|*/sshd) SESSION_TYPE=remote/ssh;;
    esac
fi

if [ -t 1 ]; then
    export COLORTERM=truecolor
fi
[[ $TERM == dumb ]] && export PAGER=cat
