# ~/.bashrc
. ~/.shrc
