case $- in
    *i*) ;;
      *) return;;
esac
export CDPATH=.:\
~:\
~/src
PATH=$PATH\
:/opt/extra/bin
GOFLAGS="-mod=mod \
-trimpath"
export GOFLAGS
