export AFTER=1
