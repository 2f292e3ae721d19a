# ~/.bashrc -- also read over ssh (Debian's rule): keep non-interactive part first
export PATH=$HOME/.local/bin:$PATH
export GOPROXY=off
if [[ -n $SSH_CLIENT && $- != *i* ]]; then
    export REMOTE_CMD=1
    return
fi
case $- in *i*) ;; *) return ;; esac
export INTERACTIVE_ONLY=1
