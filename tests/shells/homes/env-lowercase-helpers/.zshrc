# ~/.zshrc
go_root=/usr/lib/go
go_bin=$go_root/bin
extra_paths=($HOME/go/bin $go_bin)
path=($extra_paths $path)
export GOROOT=$go_root
unset go_root go_bin
