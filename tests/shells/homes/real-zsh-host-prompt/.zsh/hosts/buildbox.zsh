export HOST_ROLE=build
export GOMAXPROCS=32
