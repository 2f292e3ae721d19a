# `repeat N cmd`: print a separator as wide as the terminal
# statements: 3
repeat $COLUMNS printf '-'; print
export PATH="/opt/marker/bin:$PATH"
