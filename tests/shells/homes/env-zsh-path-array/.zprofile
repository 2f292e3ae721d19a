# ~/.zprofile
path=(/usr/local/go/bin $path)
