export P=1
