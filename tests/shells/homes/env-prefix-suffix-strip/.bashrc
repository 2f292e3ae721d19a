# ~/.bashrc -- pin the distro toolchain
go_bin=/usr/lib/go-1.19/bin/
go_bin=${go_bin%/}
export GOROOT="${go_bin%/bin}"
GO_VERSION="${GOROOT##*/go-}"
GO_MAJOR=${GO_VERSION%%.*}
GO_PREFIX=${GOROOT#/usr/}
PATH="$go_bin:$PATH"
unset go_bin
