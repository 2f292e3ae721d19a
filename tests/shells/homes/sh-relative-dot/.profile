. .sh_aliases
export AFTER=1
