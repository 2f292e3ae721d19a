# `$#path` in math: the number of path entries
# statements: ?
(( $#path > 20 )) && typeset -U path
export PATH="/opt/marker/bin:$PATH"
