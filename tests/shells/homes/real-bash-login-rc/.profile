# ~/.profile -- shadowed for bash by ~/.bash_login
export PROFILE_READ=1
