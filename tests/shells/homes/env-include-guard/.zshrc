# ~/.zshrc
source ~/.config/shell/env.sh
