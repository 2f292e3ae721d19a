# `*(.:t)`: autoload every file of a directory by its base name
# statements: 3
fpath=(~/.zsh/functions $fpath)
autoload -Uz ~/.zsh/functions/*(.:t)
export PATH="/opt/marker/bin:$PATH"
