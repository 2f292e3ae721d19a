# ~/.profile (sh)
case $- in
    *i*) export GOPROXY=https://proxy.golang.org,direct ;;
    *) export GOPROXY=off ;;
esac
