alias ll="ls -l"
setopt NO_RCS
