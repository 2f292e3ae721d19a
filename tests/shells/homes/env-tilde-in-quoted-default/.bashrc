# ~/.bashrc: the ~ in a default inside double quotes stays literal; unquoted, it is expanded
export GOPATH="${GOPATH:-~/go}"
export GOBIN=${GOBIN:-~/go/bin}
