# `^README.md(.N)`: negated glob with qualifiers, prezto's install loop
# statements: 3
setopt EXTENDED_GLOB
for rcfile in "${ZDOTDIR:-$HOME}"/.zprezto/runcoms/^README.md(.N); do
  ln -s "$rcfile" "${ZDOTDIR:-$HOME}/.${rcfile:t}"
done
export PATH="/opt/marker/bin:$PATH"
