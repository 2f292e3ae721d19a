export BEFORE=1
. "$HOME/.profile.local" 2>/dev/null
export AFTER=1
