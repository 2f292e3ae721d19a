# `${${0:#$ZSH_ARGZERO}:-${(%):-%N}}`: zinit's plugin standard for $0
# statements: 4
0="${ZERO:-${${0:#$ZSH_ARGZERO}:-${(%):-%N}}}"
0="${${(M)0:#/*}:-$PWD/$0}"
fpath+=("${0:h}/functions")
export PATH="/opt/marker/bin:$PATH"
