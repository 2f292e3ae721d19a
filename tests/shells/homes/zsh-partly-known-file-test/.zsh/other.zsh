# another machine
