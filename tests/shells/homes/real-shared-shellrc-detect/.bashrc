# ~/.bashrc
[ -f ~/.shellrc ] && . ~/.shellrc
if shopt -q login_shell; then
    BASH_KIND=login
else
    BASH_KIND=nonlogin
fi
[[ $0 == -* ]] && DASHED_ARGV0=1
