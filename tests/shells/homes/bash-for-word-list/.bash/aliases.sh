alias b=true
