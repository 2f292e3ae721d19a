export A=1
. ~/.profile.local
. ~/.sh_aliases
