# ~/.zshrc
setup_go() {
  local root=/usr/lib/go dir=$HOME/go
  export GOROOT=$root GOPATH=$dir
  go_helper_done=yes
}
setup_go
