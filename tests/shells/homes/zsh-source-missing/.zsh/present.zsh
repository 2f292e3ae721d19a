alias present=true
