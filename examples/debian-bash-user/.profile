# ~/.profile: executed by the command interpreter for login shells.
# This file is not read by bash(1), if ~/.bash_profile or ~/.bash_login exists.
export GOPATH="$HOME/go"
if [ -d "$HOME/bin" ] ; then
    PATH="$HOME/bin:$PATH"
fi
