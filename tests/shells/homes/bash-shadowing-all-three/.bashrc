alias ll="ls -alF"
