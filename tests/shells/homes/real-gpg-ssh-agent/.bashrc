# ~/.bashrc
case $- in *i*) ;; *) return;; esac
export GPG_TTY=$(tty)
unset SSH_AGENT_PID
if [ "${gnupg_SSH_AUTH_SOCK_by:-0}" -ne $$ ]; then
  export SSH_AUTH_SOCK="$(gpgconf --list-dirs agent-ssh-socket)"
fi
export PINENTRY_USER_DATA="USE_CURSES=1"
