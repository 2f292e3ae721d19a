. ~/.bash/one.sh
