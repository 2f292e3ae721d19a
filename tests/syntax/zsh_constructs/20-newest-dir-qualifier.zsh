# `go*(/om[1]N)`: the newest matching directory
# statements: 3
latest_sdk=(~/sdk/go*(/om[1]N))
[[ -n $latest_sdk ]] && path=($latest_sdk/bin $path)
export PATH="/opt/marker/bin:$PATH"
