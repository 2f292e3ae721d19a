alias custom=true
