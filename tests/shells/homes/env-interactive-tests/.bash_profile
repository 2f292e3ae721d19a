# ~/.bash_profile
. ~/.bashrc
