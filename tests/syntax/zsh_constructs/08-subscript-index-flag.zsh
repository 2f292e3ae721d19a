# `${path[(I)dir]}`: subscript flag (I), "is dir already in path?"
# statements: 2
if (( ${path[(I)$HOME/.local/bin]} == 0 )); then
  path=($HOME/.local/bin $path)
fi
export PATH="/opt/marker/bin:$PATH"
