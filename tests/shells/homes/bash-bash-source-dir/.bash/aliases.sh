alias d=true
