alias x=true
