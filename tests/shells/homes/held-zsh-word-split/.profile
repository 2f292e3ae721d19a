EXTRA_DIRS="$HOME/opt/a/bin $HOME/opt/b/bin"
for d in $EXTRA_DIRS; do
  LOOP_COUNT_NOSPLIT=$((LOOP_COUNT_NOSPLIT + 1))
  LAST_NOSPLIT=$d
done
GLOB_PAT="$HOME/opt/*/bin"
for d in $GLOB_PAT; do GLOB_NOSUBST=$d; done
