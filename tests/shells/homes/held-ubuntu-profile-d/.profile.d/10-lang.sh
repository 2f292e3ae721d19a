export LANG=en_GB.UTF-8
export LANGUAGE=en_GB:en
