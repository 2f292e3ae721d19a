# ~/.bashrc
[[ $- == *i* ]] || return

setup_go() {
    local root=/usr/lib/go
    local gopath="$HOME/go"
    export GOPATH=$gopath
    export GOROOT=$root
    GO_SETUP_DONE=yes
}
setup_go

declare -a EXTRA=("$HOME/bin" "$HOME/.local/bin")
for p in "${EXTRA[@]}"; do
    PATH="$PATH:$p"
done
unset p

read -r DOTFILES_VERSION < ~/.config/version
export DOTFILES_VERSION

readonly CONFIG_DIR="$HOME/.config"
declare -r BUILD_TYPE=release
declare -x NODE_ENV=development
declare -l LOWER_NAME=MiXeD
declare -u UPPER_NAME=mixed
export -f setup_go

TEMP_VAR=remove-me
unset TEMP_VAR
unset -v GO_SETUP_DONE
unset -f setup_go

typeset -x TYPESET_EXPORTED=1
export -n NODE_ENV
