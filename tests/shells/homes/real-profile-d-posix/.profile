# ~/.profile
if [ -d "$HOME/.profile.d" ]; then
  for i in "$HOME"/.profile.d/*.sh; do
    if [ -r "$i" ]; then
      . "$i"
    fi
  done
  unset i
fi
if [ -d "$HOME/bin" ] && ! echo "$PATH" | grep -q "$HOME/bin"; then
  PATH="$HOME/bin:$PATH"
fi
export PATH
