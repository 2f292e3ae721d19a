export PATH="$HOME/bin:$PATH"
case $- in
    *i*) . ~/.bash_aliases ;;
      *) ;;
esac
