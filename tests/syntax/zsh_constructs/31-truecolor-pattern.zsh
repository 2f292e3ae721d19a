# `*(24bit|truecolor)*`: a group inside a pattern word
# statements: ?
[[ $COLORTERM = *(24bit|truecolor)* ]] || zmodload zsh/nearcolor
export PATH="/opt/marker/bin:$PATH"
