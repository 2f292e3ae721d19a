# `.zcompdump(#qN.mh+24)`: glob qualifier inside [[ ]], rebuild completion once a day
# statements: 3
autoload -Uz compinit
if [[ -n ${ZDOTDIR:-$HOME}/.zcompdump(#qN.mh+24) ]]; then
  compinit
else
  compinit -C
fi
export PATH="/opt/marker/bin:$PATH"
