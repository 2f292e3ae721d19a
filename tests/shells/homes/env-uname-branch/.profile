# ~/.profile
if [ "$(uname -s)" = "Darwin" ]; then
    export GOROOT="/opt/homebrew/opt/go/libexec"
else
    export GOROOT="/usr/lib/go"
fi
export PATH="$GOROOT/bin:$PATH"
export GOPATH="$HOME/go"
