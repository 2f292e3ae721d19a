export E=1
