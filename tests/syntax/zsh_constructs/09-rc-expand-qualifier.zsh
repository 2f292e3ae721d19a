# `$^path(N-/)`: drop the path entries that are not directories
# statements: ?
path=($^path(N-/))
export PATH="/opt/marker/bin:$PATH"
