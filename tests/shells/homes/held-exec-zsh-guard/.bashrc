[[ $- == *i* ]] || return
if [[ -t 0 && -z $TMUX ]] && command -v tmux >/dev/null; then
    exec tmux new-session -A -s main
fi
BASHRC_TAIL=reached
