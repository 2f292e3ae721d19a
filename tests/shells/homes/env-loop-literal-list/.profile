# ~/.profile
for dir in "$HOME/.local/bin" "$HOME/go/bin" /usr/local/go/bin "$HOME/bin"; do
    if [ -d "$dir" ]; then
        PATH="$dir:$PATH"
    fi
done
unset dir
export GOPATH="$HOME/go"
