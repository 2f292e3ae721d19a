export HOST_ROLE=laptop
export GOFLAGS=-mod=vendor
