export LANG=C.UTF-8
export LC_TIME=en_GB.UTF-8
