# ~/.bashrc
[[ $- != *i* ]] && return
set -o vi
bind -m vi-insert "\C-l":clear-screen

mkcd() { mkdir -p -- "$1" && cd -P -- "$1"; }
extract() {
    case $1 in
        *.tar.gz) tar xzf "$1" ;;
        *.zip) unzip "$1" ;;
        *) echo "unknown" ;;
    esac
}
function add_to_path {
    case ":$PATH:" in
        *":$1:"*) return ;;
    esac
    if [ "$2" = "after" ]; then
        PATH="$PATH:$1"
    else
        PATH="$1:$PATH"
    fi
}
add_to_path "$HOME/.local/bin"
add_to_path /usr/local/go/bin after
add_to_path "$HOME/go/bin" after
add_to_path "$HOME/.local/bin"
export PATH

__set_go() {
    export GOPATH="$1"
    export GOBIN="$1/bin"
}
__set_go "$HOME/work/go"

git_branch() { git branch 2>/dev/null | sed -n 's/^\* //p'; }
PS1='\u@\h:\w$(git_branch)\$ '
