# `$^path(N-/)`: drop the path entries that are not directories
# statements: 2
path=($^path(N-/))
export PATH="/opt/marker/bin:$PATH"
