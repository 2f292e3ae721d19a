# ~/.zlogin: login shells, after .zshrc
print -r -- "welcome" >/dev/null
