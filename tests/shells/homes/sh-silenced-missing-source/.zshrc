source ~/.zshrc.local 2>/dev/null
export AFTER_ZSHRC=1
