alias u=true
