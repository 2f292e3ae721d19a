export LOCAL1=1
