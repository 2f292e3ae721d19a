# ~/.bash_profile
if [ -f "$HOME/.bashrc" ]; then
    source "$HOME/.bashrc"
fi
export PATH="$HOME/.local/bin:$PATH"
