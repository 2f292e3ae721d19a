ONE=1
. ~/.bash/two.sh
