# `${(j.:.)array}`: join an array into a colon list
# statements: 2
export MANPATH=${(j.:.)manpath}
export PATH="/opt/marker/bin:$PATH"
