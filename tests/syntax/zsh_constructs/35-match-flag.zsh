# `${(M)path:#dir}`: keep the matching elements, "is dir in path?"
# statements: 2
[[ -z ${(M)path:#$HOME/bin} ]] && path=($HOME/bin $path)
export PATH="/opt/marker/bin:$PATH"
