export LESS=-R
