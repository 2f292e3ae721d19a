# `$#path` in math: the number of path entries
# statements: 2
(( $#path > 20 )) && typeset -U path
export PATH="/opt/marker/bin:$PATH"
