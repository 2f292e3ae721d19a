if [ -f ~/.bash_local ]; then
  . ~/.bash_local
elif [ -f ~/.bash_default ]; then
  . ~/.bash_default
else
  . ~/.bash_fallback
fi
