# ~/.zprofile: login shells
path=($HOME/bin $path)
export PATH
