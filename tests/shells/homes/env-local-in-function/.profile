# ~/.profile (dash has local too)
setup_go() {
    local root=/usr/lib/go
    GOROOT=$root
    export GOROOT
}
setup_go
