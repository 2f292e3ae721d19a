for f in ~/.bashrc.d/*.sh; do
  [ -r "$f" ] && . "$f"
done
. ~/.missing-aliases
export AFTER_BASHRC=1
