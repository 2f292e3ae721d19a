export LATE=1
