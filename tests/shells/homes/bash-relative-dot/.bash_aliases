alias r=true
