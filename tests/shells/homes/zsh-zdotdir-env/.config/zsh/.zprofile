path=($HOME/.local/bin $path)
