export EARLY=1
