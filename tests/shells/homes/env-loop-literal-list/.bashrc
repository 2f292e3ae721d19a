# ~/.bashrc
for d in "$HOME/go/bin" "$HOME/.local/bin"; do
    [ -d "$d" ] && PATH="$d:$PATH"
done
