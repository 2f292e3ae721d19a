export WORK=1
