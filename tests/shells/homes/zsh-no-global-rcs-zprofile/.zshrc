: zshrc
