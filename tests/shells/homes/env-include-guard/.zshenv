# ~/.zshenv
source ~/.config/shell/env.sh
