EXTRA_DIRS="$HOME/opt/a/bin $HOME/opt/b/bin"
for d in $EXTRA_DIRS; do
  LOOP_COUNT_NOSPLIT=$((LOOP_COUNT_NOSPLIT + 1))
  LAST_NOSPLIT=$d
done
for d in ${=EXTRA_DIRS}; do
  [[ -d $d ]] && path=($d $path)
  LOOP_COUNT_SPLIT=$((LOOP_COUNT_SPLIT + 1))
done
setopt sh_word_split
for d in $EXTRA_DIRS; do
  LOOP_COUNT_SHSPLIT=$((LOOP_COUNT_SHSPLIT + 1))
done
unsetopt sh_word_split
GLOB_PAT="$HOME/opt/*/bin"
for d in $GLOB_PAT; do GLOB_NOSUBST=$d; done
for d in $~GLOB_PAT; do GLOB_SUBST_LAST=$d; done
export PATH
