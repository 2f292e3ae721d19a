# ~/.bashrc
[[ $- == *i* ]] || return

path_dirs=(
    "$HOME/bin"
    "$HOME/.local/bin"
    "$HOME/.cargo/bin"
    "$HOME/go/bin"
    /usr/local/go/bin
)
for d in "${path_dirs[@]}"; do
    if [[ -d $d && ":$PATH:" != *":$d:"* ]]; then
        PATH="$d:$PATH"
    fi
done
unset d path_dirs

declare -A TOOL_HOMES=([go]="$HOME/go" [cargo]="$HOME/.cargo")
export GOPATH=${TOOL_HOMES[go]}
export CARGO_HOME="${TOOL_HOMES[cargo]}"
NUM_DIRS=${#TOOL_HOMES[@]}
IFS=: read -ra PATH_ARR <<< "$PATH"
FIRST_PATH_DIR=${PATH_ARR[0]}
PATH_DIR_COUNT=${#PATH_ARR[@]}
