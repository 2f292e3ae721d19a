d=~/.config/sh
. $d/aliases
conf="$HOME/.config/sh"
source "$conf/functions"
