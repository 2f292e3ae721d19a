# `while (( c )) { … }`: the brace form of while
# statements: ?
typeset -i tries=0
while (( tries < 3 )) { (( tries++ )) }
export PATH="/opt/marker/bin:$PATH"
