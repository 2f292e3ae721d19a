: user zshrc
