export COMMON=1
