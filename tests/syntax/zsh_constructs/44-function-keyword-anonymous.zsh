# `function { … }`: the other spelling of an anonymous function
# statements: ?
function {
  local -a dirs=(~/go/bin(N/) ~/.cargo/bin(N/))
  path=($dirs $path)
}
export PATH="/opt/marker/bin:$PATH"
