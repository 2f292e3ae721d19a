export LIB=1
