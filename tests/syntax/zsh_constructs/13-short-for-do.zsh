# `for x ($array); do … done`: how oh-my-zsh.sh loads its plugins
# statements: ?
for plugin ($plugins); do
  _omz_source "plugins/$plugin/$plugin.plugin.zsh"
done
export PATH="/opt/marker/bin:$PATH"
