# `${path:#pattern}`: drop the matching array elements
# statements: 2
path=(${path:#*/node_modules/.bin})
export PATH="/opt/marker/bin:$PATH"
