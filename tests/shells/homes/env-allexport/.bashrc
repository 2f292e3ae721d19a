# ~/.bashrc
set -o allexport
source ~/.config/go.env
set +o allexport
