alias unused=true
