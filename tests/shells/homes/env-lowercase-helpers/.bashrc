# ~/.bashrc
go_root=/usr/lib/go
go_bin=$go_root/bin
PATH=$go_bin:$PATH
export GOROOT=$go_root
unset go_bin
