# ~/.bashrc
case $- in *i*) ;; *) return;; esac
export GOROOT=/usr/lib/go
readonly GOROOT
readonly GOVERSION_PIN=1.19
# some tool's snippet later tries to move it
GOROOT=/usr/local/go
echo "this line still runs" >/dev/null
GOPATH=$HOME/go
