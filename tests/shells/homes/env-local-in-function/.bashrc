# ~/.bashrc
setup_go() {
    local root=/usr/lib/go
    local dir
    dir="$HOME/go"
    export GOROOT=$root
    export GOPATH=$dir
    go_helper_done=yes
}
setup_go
