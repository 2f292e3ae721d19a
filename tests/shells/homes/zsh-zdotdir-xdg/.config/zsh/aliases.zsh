alias ..="cd .."
