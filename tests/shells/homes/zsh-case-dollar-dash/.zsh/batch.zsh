export BATCH=1
