path=($HOME/bin $path)
