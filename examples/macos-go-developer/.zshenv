# ~/.zshenv — read by every zsh, scripts included
export EDITOR=nvim
export LANG=en_US.UTF-8
# Put my tools first (path_helper will have other ideas in login shells)
export PATH="$HOME/bin:$PATH"
