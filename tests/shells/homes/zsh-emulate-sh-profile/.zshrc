alias zz=true
