source $XDG_CONFIG_HOME/shell/aliases.sh
for f ($XDG_CONFIG_HOME/zsh/*.zsh(N)) source $f
