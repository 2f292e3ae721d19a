# ~/.zshrc
for dir in ${(f)"$(<$HOME/.config/shell/paths)"}; do
  [[ $dir == \#* ]] && continue
  dir=${~dir}
  [[ -d $dir ]] && path=($dir $path)
done
unset dir
export GOPATH="$HOME/go"
