alias q=exit
