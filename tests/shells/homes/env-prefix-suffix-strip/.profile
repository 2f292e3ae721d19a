# ~/.profile
GOROOT=/usr/lib/go-1.19/
GOROOT=${GOROOT%/}
export GOROOT
GO_VERSION=${GOROOT#/usr/lib/go-}
