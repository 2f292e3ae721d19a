for part in env aliases functions; do
  [ -r ~/.bash/$part.sh ] && . ~/.bash/$part.sh
done
