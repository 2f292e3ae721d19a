alias e=true
