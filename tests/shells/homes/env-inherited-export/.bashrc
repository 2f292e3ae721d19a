# ~/.bashrc
GO111MODULE=on
GOFLAGS="$GOFLAGS -trimpath"
