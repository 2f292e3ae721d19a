DIR="$(dirname "${BASH_SOURCE[0]}")"
. "$DIR/.bash/aliases.sh"
