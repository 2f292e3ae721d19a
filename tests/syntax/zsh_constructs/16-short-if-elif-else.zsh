# `if [[ c ]] { … } elif … else { … }`: the brace forms of if
# statements: 6 (zsh sees 2: each condition and each `{ … }` body is a statement of its own)
if [[ -d ~/go/bin ]] {
  path+=(~/go/bin)
} elif [[ -d /usr/local/go/bin ]] {
  path+=(/usr/local/go/bin)
} else {
  print "no go"
}
export PATH="/opt/marker/bin:$PATH"
