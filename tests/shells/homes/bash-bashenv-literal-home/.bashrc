alias y=true
