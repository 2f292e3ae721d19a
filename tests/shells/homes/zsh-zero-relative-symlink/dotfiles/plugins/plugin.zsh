# reached through the symlink ~/.zsh/plugin.zsh
source ${0:A:h}/lib.zsh   # :A resolves symlinks: ~/dotfiles/plugins
source ${0:a:h}/local.zsh # :a does not: ~/.zsh
