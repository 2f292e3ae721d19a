TWO=2
. ~/.bash/three.sh
