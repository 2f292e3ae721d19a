# ~/.profile
GOPATH=$HOME/go:$HOME/work/go
export GOPATH
old_ifs=$IFS
IFS=:
for p in $GOPATH; do
    PATH=$PATH:$p/bin
done
IFS=$old_ifs
unset old_ifs
