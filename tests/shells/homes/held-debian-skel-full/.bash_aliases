alias ll='ls -alF'
export ALIASES_FILE_READ=yes
