# grml / prezto style path handling
typeset -gU cdpath fpath mailpath path
export -U PATH
path[1,0]=($HOME/bin)
path=(
  $HOME/.local/bin
  $path
  /usr/local/{bin,sbin}
)
path=(${path:#/usr/games})
path=(${path:#/usr/local/games})
path+=($HOME/go/bin(N-/))
path+=($HOME/nonexistent/bin(N-/))
path=($^path(N-/))
typeset -gx GOPATH=$HOME/go
typeset -x EDITOR=nvim
typeset -T LD_LIBRARY_PATH ld_library_path
ld_library_path=(/opt/lib $ld_library_path)
export LD_LIBRARY_PATH
