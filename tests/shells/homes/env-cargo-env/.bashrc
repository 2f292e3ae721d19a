# ~/.bashrc
case $- in
    *i*) ;;
      *) return;;
esac
. "$HOME/.cargo/env"
