# `${path:#pattern}`: drop the matching array elements
# statements: ?
path=(${path:#*/node_modules/.bin})
export PATH="/opt/marker/bin:$PATH"
