# ~/.bashrc
gobin_dir=${GOBIN:-$HOME/go/bin}
PATH="${GOBIN:+$GOBIN:}$PATH"
export GOTOOLS="${GOBIN+$GOBIN/tools}"
[[ $- == *i* ]] || return
PS1='[\u@\h \W]\$ '
