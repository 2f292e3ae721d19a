# `if [[ c ]] { … } elif … else { … }`: the brace forms of if
# statements: ?
if [[ -d ~/go/bin ]] {
  path+=(~/go/bin)
} elif [[ -d /usr/local/go/bin ]] {
  path+=(/usr/local/go/bin)
} else {
  print "no go"
}
export PATH="/opt/marker/bin:$PATH"
