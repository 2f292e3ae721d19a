# ~/.bash_profile
# Get the aliases and functions and the environment
[[ -f ~/.profile ]] && . ~/.profile

if [[ -f ~/.bashrc ]]; then
    . ~/.bashrc
fi
