complete -F _asdf asdf
