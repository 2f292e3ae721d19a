# ~/.profile
export LOGNAME_UPPER=$(echo "$LOGNAME" | tr a-z A-Z)
export HOME_DIR_NAME=$(basename "$HOME")
export PROFILE_DIR=$(dirname "$HOME/.profile")
[ -n "$BASH_VERSION" ] && [ -f ~/.bashrc ] && . ~/.bashrc
