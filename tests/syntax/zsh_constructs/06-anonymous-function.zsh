# `() { … }`: an anonymous function, run at once, to keep `local`s local
# statements: 2
() {
  local dir
  for dir in ~/bin ~/.local/bin; do
    [[ -d $dir ]] && path=($dir $path)
  done
}
export PATH="/opt/marker/bin:$PATH"
