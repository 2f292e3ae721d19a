# ~/.zshrc
for d in /usr/local/go/bin $HOME/go/bin; do
  PATH="$PATH:$d"
done
for d in ~/.local/bin ~/.cargo/bin; do
  [[ -d $d ]] && path=($d $path)
done
