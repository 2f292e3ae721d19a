# `for x ($array); do … done`: how oh-my-zsh.sh loads its plugins
# statements: 3 (zsh sees 2: the loop head becomes `plugin=($plugins);` and `do … done` a `{ … }` group)
for plugin ($plugins); do
  _omz_source "plugins/$plugin/$plugin.plugin.zsh"
done
export PATH="/opt/marker/bin:$PATH"
