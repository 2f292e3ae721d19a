# `*(24bit|truecolor)*`: a group inside a pattern word
# statements: 2
[[ $COLORTERM = *(24bit|truecolor)* ]] || zmodload zsh/nearcolor
export PATH="/opt/marker/bin:$PATH"
