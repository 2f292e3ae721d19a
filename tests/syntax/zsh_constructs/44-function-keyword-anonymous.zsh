# `function { … }`: the other spelling of an anonymous function
# statements: 2
function {
  local -a dirs=(~/go/bin(N/) ~/.cargo/bin(N/))
  path=($dirs $path)
}
export PATH="/opt/marker/bin:$PATH"
